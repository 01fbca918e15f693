package org.tongxing.assistance;

import org.jboss.resteasy.reactive.RestForm;
import org.tongxing.ui.FormValues;

/** The assistance form as typed, to record it and to show it again with its errors. */
public class AssistanceForm {

    @RestForm
    public String kind;
    @RestForm
    public String givenOn;
    @RestForm
    public String amount;
    @RestForm
    public String what;
    @RestForm
    public String givenBy;

    static AssistanceForm empty() {
        AssistanceForm form = new AssistanceForm();
        form.kind = AssistanceKind.FESTIVAL_VISIT.name();
        return form;
    }

    AssistanceRequest toRequest() {
        return new AssistanceRequest(FormValues.enumValue(AssistanceKind.class, kind), FormValues.date(givenOn),
                FormValues.decimal(amount), FormValues.text(what), FormValues.text(givenBy));
    }
}
