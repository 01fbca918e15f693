package org.tongxing.matching.pages;

import org.tongxing.matching.RunKind;

import io.quarkus.qute.TemplateGlobal;

/** The kinds of run the start form offers. */
@TemplateGlobal
public class MatchingGlobals {

    static RunKind[] runKinds = RunKind.values();
}
