package org.tongxing.assistance;

import io.quarkus.qute.TemplateGlobal;

/** The choices the benefit and assistance forms offer. */
@TemplateGlobal
public class AssistanceTemplateGlobals {

    static BenefitKind[] benefitKinds = BenefitKind.values();
    static BenefitStatus[] benefitStatuses = BenefitStatus.values();
    static AssistanceKind[] assistanceKinds = AssistanceKind.values();
}
