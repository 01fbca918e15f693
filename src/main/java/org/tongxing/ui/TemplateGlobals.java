package org.tongxing.ui;

import org.tongxing.common.Role;
import org.tongxing.common.VettingStatus;

import io.quarkus.qute.TemplateGlobal;

/** The choices forms offer from the kernel's vocabulary, available to every template; features add their own. */
@TemplateGlobal
public class TemplateGlobals {

    static Role[] roles = Role.values();
    static VettingStatus[] vettingStatuses = VettingStatus.values();
}
