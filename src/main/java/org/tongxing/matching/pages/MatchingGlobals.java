package org.tongxing.matching.pages;

import java.util.List;

import org.tongxing.matching.ContactChannel;
import org.tongxing.matching.Dimension;
import org.tongxing.matching.EndKind;
import org.tongxing.matching.Outcome;
import org.tongxing.matching.ReviewKind;
import org.tongxing.matching.RunKind;
import org.tongxing.matching.RunStatus;

import io.quarkus.qute.TemplateGlobal;

/** The kinds of run the start form offers, and the choices of the contact, review and end forms. */
@TemplateGlobal
public class MatchingGlobals {

    static RunKind[] runKinds = RunKind.values();
    /** Named on the run page once a plan exists, even before the run's row says SOLVING. */
    static RunStatus solvingStatus = RunStatus.SOLVING;

    /** The channels and dimensions the contact form offers. */
    static ContactChannel[] contactChannels = ContactChannel.values();

    static Dimension[] dimensions = Dimension.values();

    /** The choices of a commitment's review and end forms (not the kinds only the system records). */
    static ReviewKind[] reviewKinds = ReviewKind.values();

    static Outcome[] outcomeChoices = Outcome.values();

    static List<EndKind> endKinds = List.of(EndKind.GOAL_REACHED, EndKind.MOVED_AWAY, EndKind.NO_TIME,
            EndKind.BAD_FIT, EndKind.OTHER);
}
