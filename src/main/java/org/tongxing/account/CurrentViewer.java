package org.tongxing.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/** The viewer of the current request. Endpoints are all role-protected, so one is always present there. */
@RequestScoped
public class CurrentViewer {

    @Inject
    SecurityIdentity identity;

    public Viewer get() {
        Viewer viewer = identity.getAttribute(Viewer.ATTRIBUTE);
        if (viewer == null) {
            throw new UnauthorizedException();
        }
        return viewer;
    }

    public boolean present() {
        return !identity.isAnonymous() && identity.getAttribute(Viewer.ATTRIBUTE) != null;
    }
}
