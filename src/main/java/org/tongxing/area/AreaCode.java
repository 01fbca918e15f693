package org.tongxing.area;

import java.util.regex.Pattern;

/**
 * An address-tree code in the style of China's statistical division codes: six digits for the district,
 * then three each for street (街道), community (社区) and compound (小区). Because every level has a fixed
 * width, "is inside" is a plain prefix test.
 */
public record AreaCode(String value) {

    public static final String PATTERN = "^\\d{6}(\\d{3}){0,3}$";
    private static final Pattern VALID = Pattern.compile(PATTERN);

    /** How far apart two places are, from "same compound" (0) to "different district" (4). */
    public static final int SAME_COMPOUND = 0, SAME_COMMUNITY = 1, SAME_STREET = 2, SAME_DISTRICT = 3, FAR = 4;

    public AreaCode {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("Not an area code: " + value);
        }
    }

    public static AreaCode of(String value) {
        return new AreaCode(value);
    }

    public static boolean isValid(String value) {
        return value != null && VALID.matcher(value).matches();
    }

    public AreaLevel level() {
        return AreaLevel.ofLength(value.length());
    }

    public boolean contains(AreaCode other) {
        return other.value.startsWith(value);
    }

    /** The code of the enclosing area at the given level; this code itself when already at or above it. */
    public AreaCode truncateTo(AreaLevel level) {
        return value.length() <= level.codeLength() ? this : new AreaCode(value.substring(0, level.codeLength()));
    }

    public AreaCode parent() {
        if (level() == AreaLevel.DISTRICT) {
            throw new IllegalStateException("A district has no parent in the address tree");
        }
        return new AreaCode(value.substring(0, value.length() - 3));
    }

    /** Distance tier by the deepest level both codes share. */
    public static int distanceTier(String a, String b) {
        int shared = 0;
        int max = Math.min(a.length(), b.length());
        while (shared < max && a.charAt(shared) == b.charAt(shared)) {
            shared++;
        }
        if (shared >= 15 && a.length() == 15 && b.length() == 15) {
            return SAME_COMPOUND;
        }
        if (shared >= 12) {
            return SAME_COMMUNITY;
        }
        if (shared >= 9) {
            return SAME_STREET;
        }
        return shared >= 6 ? SAME_DISTRICT : FAR;
    }

    @Override
    public String toString() {
        return value;
    }
}
