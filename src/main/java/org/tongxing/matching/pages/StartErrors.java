package org.tongxing.matching.pages;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import org.tongxing.matching.MatchingMessages;
import org.tongxing.matching.run.RunRequest;
import org.tongxing.web.problem.ProblemException;
import org.tongxing.web.ui.FormErrors;
import org.tongxing.web.ui.PageLocale;

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
            fields.put(field, field.equals("timeLimitSeconds") ? words().time_limit_error(maxSeconds) : words().choose_error());
        }
        if (request.timeLimitSeconds() == null && typedLimit != null && !typedLimit.isBlank()) {
            fields.put("timeLimitSeconds", words().time_limit_error(maxSeconds));
        }
        return new FormErrors(fields, null);
    }

    FormErrors of(ProblemException e, long maxSeconds) {
        return switch (e.type()) {
            case MATCHING_RUN_ACTIVE -> new FormErrors(Map.of(), words().run_active_error());
            case OUTSIDE_YOUR_AREA, UNKNOWN_REFERENCE -> new FormErrors(Map.of("areaCode", words().outside_area_error()), null);
            case VALIDATION_FAILED -> new FormErrors(Map.of("timeLimitSeconds", words().time_limit_error(maxSeconds)), null);
            default -> throw e;
        };
    }

    String reasonRequired() {
        return words().reason_required();
    }

    private MatchingMessages words() {
        return MessageBundles.get(MatchingMessages.class, Localized.Literal.of(locale.english() ? "en" : "zh-CN"));
    }
}
