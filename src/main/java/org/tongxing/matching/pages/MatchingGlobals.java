package org.tongxing.matching.pages;

import org.tongxing.matching.ContactChannel;
import org.tongxing.matching.Dimension;
import org.tongxing.matching.RunKind;
import org.tongxing.matching.RunStatus;

import io.quarkus.qute.TemplateGlobal;

/** The kinds of run the start form offers, and the choices of the contact form. */
@TemplateGlobal
public class MatchingGlobals {

    static RunKind[] runKinds = RunKind.values();
    /** Named on the run page once a plan exists, even before the run's row says SOLVING. */
    static RunStatus solvingStatus = RunStatus.SOLVING;

    /** The channels and dimensions the contact form offers. */
    static ContactChannel[] contactChannels = ContactChannel.values();

    static Dimension[] dimensions = Dimension.values();
}
