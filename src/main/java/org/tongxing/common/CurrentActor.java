package org.tongxing.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;

/** Who is doing something, for the case timeline: the signed-in user, or "system" for scheduled work. */
@ApplicationScoped
public class CurrentActor {

    public static final String SYSTEM = "system";

    @Inject
    SecurityIdentity identity;

    public String name() {
        if (!Arc.container().requestContext().isActive()) {
            return SYSTEM;
        }
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }
}
