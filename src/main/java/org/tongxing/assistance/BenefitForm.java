package org.tongxing.assistance;

import org.jboss.resteasy.reactive.RestForm;
import org.tongxing.ui.FormValues;

/** The benefit form as typed, to record or change one and to show it again with its errors. */
public class BenefitForm {

    @RestForm
    public String kind;
    @RestForm
    public String memberId;
    @RestForm
    public String status;
    @RestForm
    public String appliedOn;
    @RestForm
    public String decidedOn;
    @RestForm
    public String endedOn;
    @RestForm
    public String monthlyAmount;
    @RestForm
    public String oneOffAmount;
    @RestForm
    public String recheckOn;
    @RestForm
    public String note;
    @RestForm
    public Long version;

    static BenefitForm empty() {
        BenefitForm form = new BenefitForm();
        form.status = BenefitStatus.APPLIED.name();
        return form;
    }

    static BenefitForm of(BenefitView b) {
        BenefitForm form = new BenefitForm();
        form.kind = b.kind().name();
        form.memberId = b.memberId() == null ? null : b.memberId().toString();
        form.status = b.status().name();
        form.appliedOn = text(b.appliedOn());
        form.decidedOn = text(b.decidedOn());
        form.endedOn = text(b.endedOn());
        form.monthlyAmount = b.monthlyAmount() == null ? null : b.monthlyAmount().toPlainString();
        form.oneOffAmount = b.oneOffAmount() == null ? null : b.oneOffAmount().toPlainString();
        form.recheckOn = text(b.recheckOn());
        form.note = b.note();
        form.version = b.version();
        return form;
    }

    BenefitRequest toRequest() {
        Integer member = FormValues.integer(memberId);
        return new BenefitRequest(FormValues.enumValue(BenefitKind.class, kind),
                member == null ? null : member.longValue(),
                FormValues.enumValue(BenefitStatus.class, status), FormValues.date(appliedOn),
                FormValues.date(decidedOn),
                FormValues.date(endedOn), FormValues.decimal(monthlyAmount), FormValues.decimal(oneOffAmount),
                FormValues.date(recheckOn), FormValues.text(note), version);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
