package org.tongxing.area;

/** The four levels of the address tree. Each level adds three digits to its parent's code. */
public enum AreaLevel {
    DISTRICT(6), STREET(9), COMMUNITY(12), COMPOUND(15);

    private final int codeLength;

    AreaLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    public int codeLength() {
        return codeLength;
    }

    static AreaLevel ofLength(int length) {
        for (AreaLevel level : values()) {
            if (level.codeLength == length) {
                return level;
            }
        }
        throw new IllegalArgumentException("No area level has a code of length " + length);
    }
}
