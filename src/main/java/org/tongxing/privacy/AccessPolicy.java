package org.tongxing.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.tongxing.account.CurrentViewer;
import org.tongxing.account.Viewer;
import org.tongxing.common.NotFound;
import org.tongxing.common.Role;

import io.quarkus.security.ForbiddenException;

/**
 * Object-level rules for case files, on top of the role checks on each endpoint. WORKER and CADRE reach the
 * files whose area starts with their own; FAMILY reaches its own file; ADMIN reaches all. A file outside
 * someone's reach is reported as missing (404), so ids cannot be probed for existence.
 */
@RequestScoped
public class AccessPolicy {

    @Inject
    CurrentViewer current;

    public Viewer viewer() {
        return current.get();
    }

    /** May read the whole file (members included). */
    public void requireHouseholdRead(CaseFile file) {
        if (!canRead(file)) {
            throw new NotFound("household", file.caseFileId());
        }
    }

    /** May edit the file itself (area, category, tier): the family may not re-classify itself. */
    public void requireHouseholdEdit(CaseFile file) {
        if (!isCaseWorker(file)) {
            throw viewer().is(Role.FAMILY) && isOwn(file) ? new ForbiddenException()
                    : new NotFound("household", file.caseFileId());
        }
    }

    /** May edit members' details and consent: case workers, and the family for its own file. */
    public void requireHouseholdSelfService(CaseFile file) {
        if (!isCaseWorker(file) && !isOwn(file)) {
            throw new NotFound("household", file.caseFileId());
        }
    }

    /** A file may be opened or moved only into the area one is responsible for. */
    public void requireAreaInScope(String areaCode) {
        Viewer v = viewer();
        if (v.is(Role.ADMIN)) {
            return;
        }
        if (!(v.is(Role.WORKER) || v.is(Role.CADRE)) || !v.covers(areaCode)) {
            throw new OutsideYourArea("The area " + areaCode + " is outside the area you are responsible for");
        }
    }

    /** The area prefix a household or need list is confined to; null means everything (ADMIN). */
    public String caseAreaScope() {
        Viewer v = viewer();
        return switch (v.role()) {
            case ADMIN -> null;
            case WORKER, CADRE -> v.areaCode();
            default -> throw new ForbiddenException();
        };
    }

    public boolean canRead(CaseFile file) {
        return isCaseWorker(file) || isOwn(file);
    }

    /** Case workers of a file: ADMIN, and WORKER or CADRE whose area contains it. */
    public boolean isCaseWorker(CaseFile file) {
        Viewer v = viewer();
        return v.is(Role.ADMIN) || ((v.is(Role.WORKER) || v.is(Role.CADRE)) && v.covers(file.caseFileArea()));
    }

    public boolean isOwn(CaseFile file) {
        Viewer v = viewer();
        return v.is(Role.FAMILY) && v.householdId() != null && file.caseFileId() == v.householdId();
    }

    /**
     * Reading identity counts as a disclosure unless the reader works on the file in the field or is the
     * family itself: administrators' reads are logged too.
     */
    public boolean readIsDisclosure(CaseFile file) {
        Viewer v = viewer();
        return !isOwn(file) && !((v.is(Role.WORKER) || v.is(Role.CADRE)) && v.covers(file.caseFileArea()));
    }

    /** Narrows a requested area prefix to the allowed one, or refuses when they do not overlap. */
    public static String narrow(String requested, String allowed) {
        if (allowed == null) {
            return requested;
        }
        if (requested == null || requested.startsWith(allowed)) {
            return requested == null ? allowed : requested;
        }
        if (allowed.startsWith(requested)) {
            return allowed;
        }
        throw new OutsideYourArea("The area " + requested + " is outside the area you may see");
    }
}
