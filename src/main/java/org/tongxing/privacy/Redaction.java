package org.tongxing.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes identity from free text shown beyond a family's case workers. Families write these texts themselves, so
 * numbers come in any shape: a resident ID number, a mobile or a landline, with spaces, dots, dashes or brackets
 * between the digits, in full-width digits or Chinese numerals (幺 for 1); all are read as digits before they are
 * matched. Addresses (a street and house number, a building, unit and room, a village group) go too, and so do the
 * names and the address of the household's own members wherever they occur (full names; given names of two or more
 * characters, also after a compound surname; longest first, so that a full name is not half-replaced). Dates,
 * amounts, ages and counts stay.
 */
public final class Redaction {

    public static final String MARK = "***";

    private static final String DIGIT = "0-9０-９零〇一二三四五六七八九幺";

    /** Digits with anything people put between them; the first and the last are digits (or an ID's final X). */
    private static final Pattern NUMBER_RUN = Pattern
            .compile("[" + DIGIT + "](?:[\\s\\-.．·‐—()（）/]*[" + DIGIT + "])*(?:\\s*[XxＸ](?![A-Za-z]))?");

    /** What a run of digits must hold to be identifying: an ID number, a mobile (+86 or not), a landline. */
    private static final Pattern IDENTIFYING = Pattern
            .compile("[0-9]{17}[0-9X]|[0-9]{14}[0-9X](?![0-9])|(?:0086|86)?1[3-9][0-9]{9}|0[1-9][0-9]{8,10}");

    /** After words that announce a number, a shorter one is a local phone number too. */
    private static final Pattern ANNOUNCED = Pattern.compile("(?:电话|手机|座机|号码|联系方式|微信|tel|Tel|TEL|phone)[:：\\s]*$");

    /** A place name's characters: no words that come before one (住在, 就在, 位于, 我家) are taken for part of it. */
    private static final String PLACE = "[\\p{IsHan}A-Za-z&&[^住在于到就的了是我他她家位]]";

    private static final Pattern ADDRESS = Pattern.compile(PLACE + "{2,8}?(?:路|街|巷|弄|大道|胡同)[" + DIGIT
            + "百十]+(?:号|弄)(?:[0-9０-９]+(?:号楼|栋|幢|座|单元|室|号|户|楼))*"
            + "|" + PLACE + "{1,6}?村[" + DIGIT + "十]+组(?:[0-9０-９]+号)?"
            + "|[0-9０-９]+(?:号楼|栋|幢|座)[0-9０-９]+(?:单元|室|号|户)(?:[0-9０-９]+(?:室|号|户))?"
            + "|[0-9０-９]+单元[0-9０-９]+(?:室|号|户)");

    private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟",
            "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐", "端木", "独孤", "南宫", "西门", "申屠");

    private static final Pattern STREET = Pattern.compile("[\\p{IsHan}]{2,8}?(?:路|街|巷|弄|大道|胡同|村|小区)");

    private Redaction() {
    }

    /** The text without identifying numbers and addresses, nor any of the given names and address forms. */
    public static String redact(String text, Collection<String> names) {
        if (text == null) {
            return null;
        }
        String result = numbers(text);
        for (String name : names.stream().filter(n -> n != null && n.length() >= 2).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            result = result.replace(name, MARK);
        }
        return addresses(result);
    }

    /** A member's full name and given name: without a one-character surname, and without a compound one. */
    public static List<String> nameForms(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return List.of();
        }
        String name = fullName.strip();
        List<String> forms = new ArrayList<>(List.of(name));
        if (name.length() >= 3) {
            forms.add(name.substring(1));
        }
        if (name.length() >= 4 && COMPOUND_SURNAMES.stream().anyMatch(name::startsWith)) {
            forms.add(name.substring(2));
        }
        return forms;
    }

    /** A household's address line and the street, lane or village names in it, to be redacted wherever they occur. */
    public static List<String> addressForms(String addressLine) {
        if (addressLine == null || addressLine.isBlank()) {
            return List.of();
        }
        List<String> forms = new ArrayList<>(List.of(addressLine.strip()));
        Matcher street = STREET.matcher(addressLine);
        while (street.find()) {
            forms.add(street.group());
        }
        return forms;
    }

    private static String numbers(String text) {
        Matcher run = NUMBER_RUN.matcher(text);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        while (run.find()) {
            String group = run.group();
            for (int[] span : identifying(digitsOf(group), announced(text, run.start()))) {
                out.append(text, copied, run.start() + positionOf(group, span[0])).append(MARK);
                copied = run.start() + positionOf(group, span[1] - 1) + 1;
            }
        }
        return out.append(text.substring(copied)).toString();
    }

    /** The spans of the digits that identify someone: every ID, mobile and landline, or all of an announced number. */
    private static List<int[]> identifying(String digits, boolean announced) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = IDENTIFYING.matcher(digits);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty() && announced && digits.length() >= 7) {
            spans.add(new int[] {0, digits.length()});
        }
        return spans;
    }

    private static boolean announced(String text, int at) {
        return ANNOUNCED.matcher(text.substring(Math.max(0, at - 8), at)).find();
    }

    private static String addresses(String text) {
        return ADDRESS.matcher(text).replaceAll(Matcher.quoteReplacement(MARK));
    }

    /** The run's digits as ASCII, X for an ID's check character; one digit per character of the run that is one. */
    private static String digitsOf(String run) {
        StringBuilder digits = new StringBuilder();
        run.codePoints().forEach(c -> {
            int d = digit(c);
            if (d >= 0) {
                digits.append((char) ('0' + d));
            } else if (c == 'X' || c == 'x' || c == 'Ｘ') {
                digits.append('X');
            }
        });
        return digits.toString();
    }

    /** Where in the run the digit with this index is. */
    private static int positionOf(String run, int digitIndex) {
        int seen = -1;
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if ((digit(c) >= 0 || c == 'X' || c == 'x' || c == 'Ｘ') && ++seen == digitIndex) {
                return i;
            }
        }
        return run.length() - 1;
    }

    private static int digit(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        return switch (c) {
            case '零', '〇' -> 0;
            case '一', '幺' -> 1;
            case '二' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }
}
