package org.tongxing.matching.pages;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import org.tongxing.common.DomainException;
import org.tongxing.common.InvalidInput;
import org.tongxing.common.UnknownReference;
import org.tongxing.matching.MatchingMessages;
import org.tongxing.matching.run.RunAlreadyActive;
import org.tongxing.matching.run.RunRequest;
import org.tongxing.privacy.OutsideYourArea;
import org.tongxing.ui.FormErrors;
import org.tongxing.ui.PageLocale;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The start form's errors in the reader's language, whether the form or the service found them. */
@RequestScoped
public class StartErrors {

    @Inject
    Validator validator;

    @Inject
    PageLocale locale;

    FormErrors validate(RunRequest request, String typedLimit, long maxSeconds) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String field : FormErrors.validate(validator, request).fields().keySet()) {
            fields.put(field,
                    field.equals("timeLimitSeconds") ? words().time_limit_error(maxSeconds) : words().choose_error());
        }
        if (request.timeLimitSeconds() == null && typedLimit != null && !typedLimit.isBlank()) {
            fields.put("timeLimitSeconds", words().time_limit_error(maxSeconds));
        }
        return new FormErrors(fields, null);
    }

    FormErrors of(DomainException e, long maxSeconds) {
        if (e instanceof RunAlreadyActive) {
            return new FormErrors(Map.of(), words().run_active_error());
        }
        if (e instanceof OutsideYourArea || e instanceof UnknownReference) {
            return new FormErrors(Map.of("areaCode", words().outside_area_error()), null);
        }
        if (e instanceof InvalidInput) {
            return new FormErrors(Map.of("timeLimitSeconds", words().time_limit_error(maxSeconds)), null);
        }
        throw e;
    }

    String reasonRequired() {
        return words().reason_required();
    }

    String acceptAllUnconfirmed() {
        return words().accept_all_confirm_required();
    }

    private MatchingMessages words() {
        return MessageBundles.get(MatchingMessages.class, Localized.Literal.of(locale.english() ? "en" : "zh-CN"));
    }
}
