package org.tongxing.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.tongxing.account.CurrentViewer;
import org.tongxing.account.Role;
import org.tongxing.account.Viewer;
import org.tongxing.household.Household;

import io.quarkus.security.ForbiddenException;
import org.tongxing.common.NotFound;

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
    public void requireHouseholdRead(Household household) {
        if (!canRead(household)) {
            throw new NotFound("household", household.id);
        }
    }

    /** May edit the file itself (area, category, tier): the family may not re-classify itself. */
    public void requireHouseholdEdit(Household household) {
        if (!isCaseWorker(household)) {
            throw viewer().is(Role.FAMILY) && isOwn(household) ? new ForbiddenException()
                    : new NotFound("household", household.id);
        }
    }

    /** May edit members' details and consent: case workers, and the family for its own file. */
    public void requireHouseholdSelfService(Household household) {
        if (!isCaseWorker(household) && !isOwn(household)) {
            throw new NotFound("household", household.id);
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

    public boolean canRead(Household household) {
        return isCaseWorker(household) || isOwn(household);
    }

    /** Case workers of a file: ADMIN, and WORKER or CADRE whose area contains it. */
    public boolean isCaseWorker(Household household) {
        Viewer v = viewer();
        return v.is(Role.ADMIN) || ((v.is(Role.WORKER) || v.is(Role.CADRE)) && v.covers(household.areaCode));
    }

    public boolean isOwn(Household household) {
        Viewer v = viewer();
        return v.is(Role.FAMILY) && household.id.equals(v.householdId());
    }

    /**
     * Reading identity counts as a disclosure unless the reader works on the file in the field or is the
     * family itself: administrators' reads are logged too.
     */
    public boolean readIsDisclosure(Household household) {
        Viewer v = viewer();
        return !isOwn(household) && !((v.is(Role.WORKER) || v.is(Role.CADRE)) && v.covers(household.areaCode));
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
