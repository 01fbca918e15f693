package org.tongxing.claim;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.qute.TemplateExtension;

/**
 * The reasons the deadlines give when a claim expires, stored in English for API clients, in the reader's language
 * for pages and notices. A reason a person typed is shown as they typed it.
 */
@TemplateExtension
public final class ExpiryReasons {

    private static final Pattern NOT_ACCEPTED = Pattern.compile("not accepted within (\\d+) days");
    private static final Pattern NOT_DELIVERED = Pattern
            .compile("no service logged within (\\d+) days of the promised date");

    private ExpiryReasons() {
    }

    static String notAccepted(int days) {
        return "not accepted within " + days + " days";
    }

    static String notDelivered(int days) {
        return "no service logged within " + days + " days of the promised date";
    }

    /** For templates: {@code {claim.endReasonIn(inject:ui.lang)}}. */
    static String endReasonIn(ClaimView claim, String lang) {
        return in(claim.endReason(), !lang.startsWith("en"));
    }

    public static String in(String reason, boolean chinese) {
        if (reason == null || !chinese) {
            return reason;
        }
        Matcher m = NOT_ACCEPTED.matcher(reason);
        if (m.matches()) {
            return "%s 天内未被接受".formatted(m.group(1));
        }
        m = NOT_DELIVERED.matcher(reason);
        if (m.matches()) {
            return "承诺完成日期后 %s 天内未记录服务".formatted(m.group(1));
        }
        return reason;
    }
}
