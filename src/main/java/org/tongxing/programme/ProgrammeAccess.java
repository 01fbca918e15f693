package org.tongxing.programme;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.tongxing.account.Viewer;
import org.tongxing.common.NotFound;
import org.tongxing.common.Role;
import org.tongxing.privacy.AccessPolicy;
import org.tongxing.privacy.OutsideYourArea;

import io.quarkus.security.ForbiddenException;

/**
 * Who may do what with a programme. ADMIN, and a CADRE whose area contains the programme's, manage it (and may be
 * named its evaluator); members of the lead organisation see it, its progress and its submitted scores, but never
 * its household list and never score it. Anyone else is told it does not exist.
 */
@RequestScoped
public class ProgrammeAccess {

    @Inject
    AccessPolicy access;

    Viewer viewer() {
        return access.viewer();
    }

    boolean canManage(Programme p) {
        Viewer v = viewer();
        return v.is(Role.ADMIN) || v.is(Role.CADRE) && v.covers(p.areaCode);
    }

    boolean canView(Programme p) {
        Viewer v = viewer();
        return canManage(p) || v.is(Role.ORG_MEMBER) && p.leadOrganisationId.equals(v.organisationId());
    }

    void requireView(Programme p) {
        if (!canView(p)) {
            throw new NotFound("programme", p.id);
        }
    }

    void requireManage(Programme p) {
        requireView(p);
        if (!canManage(p)) {
            throw new ForbiddenException();
        }
    }

    void requireAreaInScope(String areaCode) {
        Viewer v = viewer();
        if (!v.is(Role.ADMIN) && !(v.is(Role.CADRE) && v.covers(areaCode))) {
            throw new OutsideYourArea("The area " + areaCode + " is outside the area you are responsible for");
        }
    }
}
