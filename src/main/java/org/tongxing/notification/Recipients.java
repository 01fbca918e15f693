package org.tongxing.notification;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.tongxing.account.UserAccount;
import org.tongxing.common.Role;

/** Who is told about what happens to a household: its field workers. */
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

    private static List<UserAccount> coveringAccounts(Role role, String area) {
        return UserAccount.list("role = ?1 and enabled = true and ?2 like concat(areaCode, '%')", role, area);
    }
}
