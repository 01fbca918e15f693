package org.tongxing.account;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** Turns a viewer into the security identity Quarkus checks roles against. */
final class Identities {

    private Identities() {
    }

    static SecurityIdentity of(Viewer viewer) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(viewer.username()))
                .addRole(viewer.role().name())
                .addAttribute(Viewer.ATTRIBUTE, viewer)
                .build();
    }
}
