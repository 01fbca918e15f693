package org.tongxing.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a stream of bytes, as lowercase hex: how a table entry is fingerprinted in the manifest. */
final class Sha256 {

    private final MessageDigest digest;

    Sha256() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Passes the bytes on to {@code out} and hashes them on the way. */
    OutputStream tee(OutputStream out) {
        return new DigestOutputStream(out, digest);
    }

    /** Hashes the bytes and keeps nothing. */
    OutputStream sink() {
        return tee(OutputStream.nullOutputStream());
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    static String of(InputStream in) throws IOException {
        Sha256 sha = new Sha256();
        in.transferTo(sha.sink());
        return sha.hex();
    }
}
