package org.tongxing.matching.commitment;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.tongxing.account.Viewer;
import org.tongxing.common.NotAllowed;
import org.tongxing.common.NotFound;
import org.tongxing.common.Role;
import org.tongxing.household.Household;
import org.tongxing.privacy.AccessPolicy;
import org.tongxing.privacy.Redaction;

/**
 * Who may end a pair or leave a seat: the household's case workers (AccessPolicy), or a volunteer who is part of
 * it. To anyone else the pair or group does not exist (404), as with every object outside one's reach.
 */
@ApplicationScoped
public class Parties {

    public enum Party {
        CASE_WORKER, VOLUNTEER, FAMILY
    }

    @Inject
    AccessPolicy access;

    Party of(Household household, Collection<Long> volunteerIds, String what, long id) {
        if (access.isCaseWorker(household)) {
            return Party.CASE_WORKER;
        }
        Long own = ownVolunteer();
        if (own != null && volunteerIds.contains(own)) {
            return Party.VOLUNTEER;
        }
        throw new NotFound(what, id);
    }

    /** A volunteer of the commitment, its household's case workers, or the family itself (its own account). */
    Party withFamily(Household household, Collection<Long> volunteerIds, String what, long id) {
        if (access.isOwn(household)) {
            return Party.FAMILY;
        }
        return of(household, volunteerIds, what, id);
    }

    /** Only the household's case workers or the family: a volunteer cannot consent for the family. */
    Party forFamily(Household household, Collection<Long> volunteerIds, String what, long id) {
        Party party = withFamily(household, volunteerIds, what, id);
        if (party == Party.VOLUNTEER) {
            throw new NotAllowed("Only the household, or its case workers for it, can consent");
        }
        return party;
    }

    /** Only the household's case workers: a cadre makes a trial formal. */
    void caseWorker(Household household, Collection<Long> volunteerIds, String what, long id) {
        if (of(household, volunteerIds, what, id) != Party.CASE_WORKER) {
            throw new NotAllowed("Only the household's case workers can do this");
        }
    }

    long userId() {
        return access.viewer().userId();
    }

    /** The signed-in volunteer's record, or null for everyone else. */
    Long ownVolunteer() {
        Viewer v = access.viewer();
        return v.is(Role.VOLUNTEER) ? v.volunteerId() : null;
    }

    /**
     * A reason goes to the volunteer's inbox and e-mail and to the timeline, which may be shown more widely than
     * the file: the family's names are masked, as in a declined claim's reason.
     */
    static String reason(String typed, Household household) {
        List<String> names = household.members.stream().flatMap(m -> Redaction.nameForms(m.name).stream()).toList();
        return Redaction.redact(typed.strip(), names);
    }
}
