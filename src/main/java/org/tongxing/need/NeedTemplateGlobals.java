package org.tongxing.need;

import io.quarkus.qute.TemplateGlobal;

/** The categories and urgencies a need form offers, available to every template. */
@TemplateGlobal
public class NeedTemplateGlobals {

    static NeedCategory[] categories = NeedCategory.values();
    static Urgency[] urgencies = Urgency.values();
    static Visibility[] visibilities = Visibility.values();
}
