package org.tongxing.privacy;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes identity from free text shown beyond a family's case workers: resident ID numbers, mobile and
 * landline numbers, and the names of the household's members (full names and given names of two or more
 * characters, longest first so that a full name is not half-replaced).
 */
public final class Redaction {

    public static final String MARK = "***";
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern
            .compile("(?<![0-9])(\\+?86[- ]?)?1[3-9][0-9](?:[- ]?[0-9]{4}){2}(?![0-9])");
    private static final Pattern LANDLINE = Pattern.compile("(?<![0-9])0[0-9]{2,3}[- ]?[0-9]{7,8}(?![0-9])");

    private Redaction() {
    }

    public static String redact(String text, Collection<String> names) {
        if (text == null) {
            return null;
        }
        String result = ID_NUMBER.matcher(text).replaceAll(MARK);
        result = MOBILE.matcher(result).replaceAll(MARK);
        result = LANDLINE.matcher(result).replaceAll(MARK);
        for (String name : names.stream().filter(n -> n != null && n.length() >= 2)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            result = result.replace(name, MARK);
        }
        return result;
    }

    /** A member's full name and, for names of three or more characters, the given name without the surname. */
    public static List<String> nameForms(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return List.of();
        }
        return fullName.length() >= 3 ? List.of(fullName, fullName.substring(1)) : List.of(fullName);
    }
}
