package org.tongxing.board;

import io.quarkus.qute.TemplateExtension;

/**
 * Why a need cannot be claimed, as a short code the pages translate: the board's {@code whyNot} is either a
 * problem slug or one of ClaimStanding's sentences, which are English and meant for API clients.
 */
@TemplateExtension
public final class Refusals {

    /** Why not, when the need is no longer open. */
    public static final String NEED_NOT_OPEN = "need-not-open";

    private Refusals() {
    }

    /** For templates: {@code {item.refusal}}. */
    static String refusal(BoardItem item) {
        return code(item.whyNot());
    }

    public static String code(String whyNot) {
        if (whyNot == null) {
            return null;
        }
        if (whyNot.contains("not been vetted")) {
            return "not-vetted";
        }
        if (whyNot.startsWith("Your skills")) {
            return "skills";
        }
        if (whyNot.contains("does not serve")) {
            return "not-served";
        }
        if (whyNot.startsWith("Only volunteers")) {
            return "not-claimant";
        }
        return whyNot.matches("[a-z-]+") ? whyNot : "other";
    }
}
