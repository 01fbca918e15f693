package org.tongxing.visit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.core.MultivaluedMap;

import org.tongxing.need.NeedCategory;
import org.tongxing.need.Urgency;
import org.tongxing.ui.FormValues;

/**
 * The check-in form as posted by the page: the checks, the needs noticed, and for each category an optional
 * description (fields need-CATEGORY, urgency-CATEGORY) that posts it as a need at once.
 */
public class CheckInForm {

    private final MultivaluedMap<String, String> fields;

    CheckInForm(MultivaluedMap<String, String> fields) {
        this.fields = fields;
    }

    public String value(String name) {
        return fields == null ? null : fields.getFirst(name);
    }

    public boolean noticed(NeedCategory category) {
        List<String> noticed = fields == null ? null : fields.get("noticed");
        return noticed != null && noticed.contains(category.name())
                || FormValues.text(value("need-" + category)) != null;
    }

    /** The name of the field that posts a need of the category. */
    public String needField(NeedCategory category) {
        return "need-" + category;
    }

    public boolean checked(String check, CheckResult result) {
        return result.name().equals(value(check));
    }

    public String urgency(NeedCategory category) {
        String chosen = value("urgency-" + category);
        return chosen == null ? Urgency.NORMAL.name() : chosen;
    }

    VisitRequest toRequest(String token) {
        Set<NeedCategory> noticed = EnumSet.noneOf(NeedCategory.class);
        List<VisitRequest.NewNeed> newNeeds = new ArrayList<>();
        for (NeedCategory category : NeedCategory.values()) {
            String description = FormValues.text(value("need-" + category));
            if (description != null) {
                newNeeds.add(new VisitRequest.NewNeed(category, description,
                        FormValues.enumValue(Urgency.class, urgency(category))));
            } else if (noticed(category)) {
                noticed.add(category);
            }
        }
        return new VisitRequest(null, decimal("latitude"), decimal("longitude"), FormValues.text(value("locationNote")),
                FormValues.text(value("findings")), check("livingConditions"), check("health"), check("schooling"),
                noticed, newNeeds, token);
    }

    private CheckResult check(String name) {
        return FormValues.enumValue(CheckResult.class, value(name));
    }

    private BigDecimal decimal(String name) {
        try {
            String text = FormValues.text(value(name));
            return text == null ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
