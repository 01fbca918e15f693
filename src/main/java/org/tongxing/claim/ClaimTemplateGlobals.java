package org.tongxing.claim;

import java.util.List;

import io.quarkus.qute.TemplateGlobal;

/** The satisfaction ratings a confirmation offers, best first, available to every template. */
@TemplateGlobal
public class ClaimTemplateGlobals {

    static List<Integer> ratings = List.of(5, 4, 3, 2, 1);
}
