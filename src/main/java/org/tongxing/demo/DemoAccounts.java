package org.tongxing.demo;

import java.util.function.Consumer;

import org.tongxing.account.PasswordHasher;
import org.tongxing.account.UserAccount;
import org.tongxing.cadre.Cadre;
import org.tongxing.common.Role;
import org.tongxing.common.VettingStatus;
import org.tongxing.household.Household;
import org.tongxing.organisation.Organisation;
import org.tongxing.volunteer.Volunteer;

/**
 * One account per role, only ever created with the demo data. The shared password is in the README; it
 * exists nowhere else, and without demo data no account has a known password.
 */
final class DemoAccounts {

    static final String PASSWORD = "Tongxing-demo-2026";
    static final String STREET = DemoDistrict.DISTRICT + "001";
    static final String COMMUNITY = STREET + "001";

    private final String hash;

    DemoAccounts(PasswordHasher hasher) {
        this.hash = hasher.hash(PASSWORD);
    }

    void create(DemoClock clock) {
        account("admin", "系统管理员", Role.ADMIN, null, clock, a -> {
        });
        Cadre cadre = Cadre.<Cadre>find("areaCode = ?1 and unit = ?2", STREET, "街道妇联").firstResult();
        account("cadre", cadre.name, Role.CADRE, STREET, clock, a -> a.cadreId = cadre.id);
        account("worker", "东门社区社工", Role.WORKER, COMMUNITY, clock, a -> {
        });
        Volunteer volunteer = Volunteer.<Volunteer>find("vettingStatus = ?1 and areaCode like ?2 order by id",
                VettingStatus.VETTED, STREET + "%").firstResult();
        account("volunteer", volunteer.name, Role.VOLUNTEER, volunteer.areaCode, clock,
                a -> a.volunteerId = volunteer.id);
        Organisation organisation = Organisation.find("name", "阳光社会工作服务中心").firstResult();
        account("org", organisation.name, Role.ORG_MEMBER, organisation.areaCode, clock,
                a -> a.organisationId = organisation.id);
        Household household = Household.<Household>find("areaCode like ?1 and consentShareContact = true order by id",
                COMMUNITY + "%").firstResult();
        account("family", "家庭账户", Role.FAMILY, household.areaCode, clock, a -> a.householdId = household.id);
        helpers(clock, volunteer.id, organisation.id);
    }

    /** Every other vetted volunteer and every organisation can sign in too, so their demo claims have an author. */
    private void helpers(DemoClock clock, long demoVolunteer, long demoOrganisation) {
        for (Volunteer v : Volunteer.<Volunteer>list("vettingStatus = ?1 and id <> ?2 order by id",
                VettingStatus.VETTED,
                demoVolunteer)) {
            account("volunteer-" + v.id, v.name, Role.VOLUNTEER, v.areaCode, clock, a -> a.volunteerId = v.id);
        }
        for (Organisation o : Organisation.<Organisation>list("id <> ?1 order by id", demoOrganisation)) {
            account("org-" + o.id, o.name, Role.ORG_MEMBER, o.areaCode, clock, a -> a.organisationId = o.id);
        }
    }

    private void account(String username, String name, Role role, String area, DemoClock clock,
            Consumer<UserAccount> link) {
        UserAccount a = new UserAccount();
        a.username = username;
        a.displayName = name;
        a.role = role;
        a.areaCode = area;
        a.enabled = true;
        a.passwordHash = hash;
        a.passwordChangedAt = clock.now();
        a.createdAt = clock.now();
        a.updatedAt = clock.now();
        link.accept(a);
        a.persist();
    }
}
