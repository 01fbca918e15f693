package org.tongxing.notification;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.tongxing.account.Role;
import org.tongxing.account.UserAccount;
import org.tongxing.claim.Claim;

/** Who is told about what: the household's field workers, or the people acting for a claimant. */
@ApplicationScoped
public class Recipients {

    /**
     * The workers whose area contains the household; if there are none, the cadres who cover it, so that a
     * claim never waits unseen.
     */
    public List<UserAccount> caseWorkersOf(String householdArea) {
        List<UserAccount> workers = coveringAccounts(Role.WORKER, householdArea);
        return workers.isEmpty() ? coveringAccounts(Role.CADRE, householdArea) : workers;
    }

    public List<UserAccount> claimantOf(Claim claim) {
        if (claim.volunteerId != null) {
            return UserAccount.list("volunteerId = ?1 and enabled = true", claim.volunteerId);
        }
        return UserAccount.list("organisationId = ?1 and role = ?2 and enabled = true", claim.organisationId,
                Role.ORG_MEMBER);
    }

    private static List<UserAccount> coveringAccounts(Role role, String area) {
        return UserAccount.list("role = ?1 and enabled = true and ?2 like concat(areaCode, '%')", role, area);
    }
}
