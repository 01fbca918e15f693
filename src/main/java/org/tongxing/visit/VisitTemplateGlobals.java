package org.tongxing.visit;

import java.util.List;

import io.quarkus.qute.TemplateGlobal;

/** The checks a visit form asks about, and their possible outcomes. */
@TemplateGlobal
public class VisitTemplateGlobals {

    static List<String> visitChecks = List.of("livingConditions", "health", "schooling");
    static CheckResult[] checkResults = CheckResult.values();
}
