package org.tongxing.claim;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.tongxing.account.UserAccount;
import org.tongxing.common.Role;

/** Who acts for a claim's claimant and is told what happens to it: the volunteer, or the organisation's members. */
@ApplicationScoped
public class Claimants {

    public List<UserAccount> accountsOf(Claim claim) {
        if (claim.volunteerId != null) {
            return UserAccount.list("volunteerId = ?1 and enabled = true", claim.volunteerId);
        }
        return UserAccount.list("organisationId = ?1 and role = ?2 and enabled = true", claim.organisationId,
                Role.ORG_MEMBER);
    }
}
