package org.tongxing.matching.pages;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.tongxing.matching.MatchingMessages;
import org.tongxing.ui.FormErrors;
import org.tongxing.ui.FormValues;
import org.tongxing.ui.PageMessages;

/**
 * The reason of the page forms that end a pair or a group or leave a seat, checked before the service is called so
 * that the error sits next to the one field it concerns: a page lists many such forms, each with its own field id.
 */
@RequestScoped
public class EndForms {

    /** As the API's Ending and Departure allow. */
    public static final int MAX_REASON = 500;

    @Inject
    PageMessages messages;

    public FormErrors check(String field, String reason) {
        String text = FormValues.text(reason);
        if (text == null) {
            return new FormErrors(Map.of(field, words().end_reason_required()), null);
        }
        if (text.length() > MAX_REASON) {
            return new FormErrors(Map.of(field, words().end_reason_too_long(MAX_REASON)), null);
        }
        return FormErrors.none();
    }

    private MatchingMessages words() {
        return messages.of(MatchingMessages.class);
    }
}
