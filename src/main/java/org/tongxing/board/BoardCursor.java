package org.tongxing.board;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

import org.tongxing.common.InvalidParameter;
import org.tongxing.need.Need;

/**
 * Where a board page ended, in the board's order (most urgent first, then oldest, then id). Keyset paging
 * keeps every page as cheap as the first, however deep a volunteer scrolls through 100,000 needs.
 */
record BoardCursor(short urgencyRank, Instant createdAt, long id) {

    static BoardCursor after(Need last) {
        return new BoardCursor(last.urgencyRank, last.createdAt, last.id);
    }

    String encode() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, createdAt);
        String plain = urgencyRank + ":" + micros + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    static BoardCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split(":");
            Instant created = Instant.EPOCH.plus(Long.parseLong(parts[1]), ChronoUnit.MICROS);
            return new BoardCursor(Short.parseShort(parts[0]), created, Long.parseLong(parts[2]));
        } catch (RuntimeException e) {
            throw new InvalidParameter("cursor", "is not a cursor this board handed out");
        }
    }
}
