package org.tongxing.backup;

import java.io.OutputStream;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * A digest of a table's rows as a set, whatever their order: COPY text holds one row per line, and the digest adds
 * up each line's SHA-256 (modulo 2^256) and counts the lines. A restored table need not read back in the order it
 * was loaded (PostgreSQL may put a short row into room an earlier page kept, once a long one did not fit there), so
 * the read-back compares this digest of the archive's rows with that of the rows in the database; the archive's own
 * SHA-256 still proves the archive is what was backed up.
 */
final class RowSetDigest {

    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);

    private final MessageDigest line;
    private BigInteger sum = BigInteger.ZERO;
    private long rows;

    RowSetDigest() {
        try {
            line = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Takes COPY text; every row ends with a newline. */
    OutputStream sink() {
        return new OutputStream() {
            @Override
            public void write(int b) {
                if (b == '\n') {
                    sum = sum.add(new BigInteger(1, line.digest())).mod(MODULUS);
                    rows++;
                } else {
                    line.update((byte) b);
                }
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                int start = offset;
                for (int i = offset; i < offset + length; i++) {
                    if (bytes[i] == '\n') {
                        line.update(bytes, start, i - start);
                        write('\n');
                        start = i + 1;
                    }
                }
                line.update(bytes, start, offset + length - start);
            }
        };
    }

    long rows() {
        return rows;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RowSetDigest d && d.rows == rows && d.sum.equals(sum);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new Object[] {rows, sum});
    }

    @Override
    public String toString() {
        return rows + " rows, set digest " + sum.toString(16);
    }
}
