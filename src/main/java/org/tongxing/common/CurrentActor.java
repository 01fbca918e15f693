package org.tongxing.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is doing something, for the case timeline: the signed-in user, or "system" for work nobody signed in
 * started (scheduled jobs; every endpoint that changes data requires a signed-in user).
 */
@ApplicationScoped
public class CurrentActor {

    public static final String SYSTEM = "system";

    @Inject
    SecurityIdentity identity;

    public String name() {
        if (!Arc.container().requestContext().isActive()) {
            return SYSTEM;
        }
        return identity.isAnonymous() ? SYSTEM : identity.getPrincipal().getName();
    }
}
