package org.tongxing.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The 18-character resident identity number (GB 11643-1999): 6-digit area, 8-digit birth date,
 * 3-digit sequence whose last digit is odd for men, and an ISO 7064 MOD 11-2 check character.
 */
public final class ResidentId {

    private static final Pattern SHAPE = Pattern.compile("^\\d{17}[\\dX]$");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private ResidentId() {
    }

    public static boolean isValid(String id) {
        if (id == null || !SHAPE.matcher(id).matches() || checkCharacter(id) != id.charAt(17)) {
            return false;
        }
        try {
            return !birthDate(id).isAfter(ChinaTime.today());
        } catch (DateTimeException e) {
            return false;
        }
    }

    public static LocalDate birthDate(String id) {
        return LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                Integer.parseInt(id.substring(12, 14)));
    }

    public static Gender gender(String id) {
        return (id.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** The check character for the first 17 digits; also used to generate valid demo numbers. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }
}
