package org.tongxing.visit;

import java.util.List;

import io.quarkus.qute.TemplateGlobal;

/** The checks a visit form asks about, and their possible outcomes. */
@TemplateGlobal
public class VisitTemplateGlobals {

    static List<String> visitChecks = List.of("livingConditions", "health", "schooling");
    static CheckResult[] checkResults = CheckResult.values();
    /** What a worker may enter without the code: a visit afterwards (补录), a phone call, a WeChat exchange. */
    static List<VisitChannel> recordChannels = List.of(VisitChannel.RECORDED, VisitChannel.PHONE,
            VisitChannel.WECHAT);
    static VisitOutcome[] visitOutcomes = VisitOutcome.values();
}
