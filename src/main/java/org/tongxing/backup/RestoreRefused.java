package org.tongxing.backup;

/** A restore that would not give back exactly what was backed up; nothing was written when it is thrown. */
public class RestoreRefused extends RuntimeException {

    public RestoreRefused(String message) {
        super(message, null, false, false);
    }
}
