package org.tongxing.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The read-back's digest: the same rows in any order agree; a changed, missing or repeated row does not. */
class RowSetDigestTest {

    private static final String ROWS = "1\t需要辅导\t\\N\n2\tlong row " + "x".repeat(5000) + "\tf\n3\tshort\tt\n";

    @Test
    void theSameRowsInAnotherOrderAgree() throws IOException {
        assertThat(digest(ROWS)).isEqualTo(digest("3\tshort\tt\n1\t需要辅导\t\\N\n2\tlong row " + "x".repeat(5000)
                + "\tf\n"));
        // However the stream is cut into writes.
        RowSetDigest byteByByte = new RowSetDigest();
        try (OutputStream out = byteByByte.sink()) {
            for (byte b : ROWS.getBytes(StandardCharsets.UTF_8)) {
                out.write(b);
            }
        }
        assertThat(byteByByte).isEqualTo(digest(ROWS));
        assertThat(digest(ROWS).rows()).isEqualTo(3);
    }

    @Test
    void aChangedMissingOrRepeatedRowDoesNot() throws IOException {
        assertThat(digest(ROWS.replace("short", "shorT"))).isNotEqualTo(digest(ROWS));
        assertThat(digest(ROWS.replace("3\tshort\tt\n", ""))).isNotEqualTo(digest(ROWS));
        assertThat(digest(ROWS + "3\tshort\tt\n")).isNotEqualTo(digest(ROWS));
        // Two rows swapping a value between them are different rows.
        assertThat(digest("1\ta\n2\tb\n")).isNotEqualTo(digest("1\tb\n2\ta\n"));
    }

    private static RowSetDigest digest(String copyText) throws IOException {
        RowSetDigest digest = new RowSetDigest();
        try (OutputStream out = digest.sink()) {
            out.write(copyText.getBytes(StandardCharsets.UTF_8));
        }
        return digest;
    }
}
