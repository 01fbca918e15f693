package org.tongxing.account;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.tongxing.area.AreaService;
import org.tongxing.common.ConcurrentUpdate;
import org.tongxing.common.Duplicate;
import org.tongxing.common.Filter;
import org.tongxing.common.InvalidInput;
import org.tongxing.common.NotFound;
import org.tongxing.common.Page;
import org.tongxing.common.PageParams;
import org.tongxing.common.Role;
import org.tongxing.common.SortOrder;
import org.tongxing.common.Timestamps;
import org.tongxing.common.UnknownReference;

import io.quarkus.panache.common.Sort;

/** Creates and changes accounts. Whatever weakens access (disable, password change) ends live sessions. */
@ApplicationScoped
public class AccountService {

    private static final Map<String, String> SORTABLE = Map.of("username", "username", "role", "role",
            "createdAt", "createdAt", "lastLoginAt", "lastLoginAt");

    @Inject
    PasswordPolicy policy;

    @Inject
    PasswordHasher hasher;

    @Inject
    SessionService sessions;

    @Inject
    AreaService areas;

    /** Households, volunteers, organisations and cadres, each checked by its own feature. */
    @Inject
    @Any
    Instance<AccountLinks> links;

    public Page<AccountView> list(AccountFilter filter, PageParams page) {
        Filter where = new Filter().equal("role", filter.role).startsWith("areaCode", filter.areaPrefix)
                .equal("enabled", filter.enabled);
        Sort sort = SortOrder.parse(page.sort, SORTABLE, Sort.ascending("username"));
        return Page.of(UserAccount.find(where.query(), sort, where.parameters()), page, AccountView::from);
    }

    public AccountView get(long id) {
        return AccountView.from(require(id));
    }

    @Transactional
    public AccountView create(AccountRequest request) {
        if (request.password() == null) {
            throw invalid("password", "is required when creating an account");
        }
        String username = request.username().toLowerCase();
        checkPassword("password", request.password(), username);
        UserAccount account = new UserAccount();
        account.username = username;
        account.passwordHash = hasher.hash(request.password());
        account.passwordChangedAt = Timestamps.now();
        account.enabled = request.enabled() == null || request.enabled();
        // The administrator knows it: a one-time password, which the holder replaces at first sign-in.
        account.mustChangePassword = true;
        apply(account, request);
        account.createdAt = account.updatedAt;
        if (UserAccount.byUsername(username) != null) {
            throw new Duplicate("The username is taken", "username", "is taken");
        }
        account.persist();
        return AccountView.from(account);
    }

    @Transactional
    public AccountView update(long id, AccountRequest request) {
        UserAccount account = require(id);
        if (account.version != request.version()) {
            throw new ConcurrentUpdate("account", id);
        }
        if (!account.username.equals(request.username().toLowerCase())) {
            throw invalid("username", "cannot be changed");
        }
        boolean wasEnabled = account.enabled;
        Role oldRole = account.role;
        apply(account, request);
        account.enabled = request.enabled() == null ? account.enabled : request.enabled();
        if ((wasEnabled && !account.enabled) || oldRole != account.role) {
            sessions.endAll(account.id, account.enabled ? "ROLE_CHANGED" : "DISABLED");
        }
        UserAccount.getEntityManager().flush();
        return AccountView.from(account);
    }

    @Transactional
    public void changeOwnPassword(long id, PasswordChange change) {
        UserAccount account = require(id);
        if (!hasher.matches(change.currentPassword(), account.passwordHash)) {
            throw invalid("currentPassword", "is not your current password");
        }
        if (hasher.matches(change.newPassword(), account.passwordHash)) {
            throw invalid("newPassword", "must differ from your current password");
        }
        setPassword(account, change.newPassword(), false);
        sessions.endAll(id, "PASSWORD_CHANGED");
    }

    @Transactional
    public void resetPassword(long id, AdminPasswordReset reset) {
        UserAccount account = require(id);
        setPassword(account, reset.newPassword(), true);
        sessions.endAll(id, "PASSWORD_RESET");
    }

    @Transactional
    public int signOutEverywhere(long id) {
        return sessions.endAll(require(id).id, "SIGN_OUT_EVERYWHERE");
    }

    private void setPassword(UserAccount account, String password, boolean mustChange) {
        checkPassword("newPassword", password, account.username);
        account.passwordHash = hasher.hash(password);
        account.passwordChangedAt = Timestamps.now();
        account.mustChangePassword = mustChange;
        account.updatedAt = account.passwordChangedAt;
    }

    private void checkPassword(String field, String password, String username) {
        policy.problemWith(password, username).ifPresent(problem -> {
            throw invalid(field, problem);
        });
    }

    /** Copies the profile and checks that the role has the link its permissions are computed from. */
    private void apply(UserAccount a, AccountRequest r) {
        a.displayName = r.displayName().strip();
        a.email = r.email();
        a.role = r.role();
        a.areaCode = r.areaCode() == null ? null : areas.requireArea("areaCode", r.areaCode()).code;
        a.organisationId = link("organisationId", r.organisationId());
        a.volunteerId = link("volunteerId", r.volunteerId());
        a.householdId = link("householdId", r.householdId());
        a.cadreId = link("cadreId", r.cadreId());
        requireScope(a);
        a.updatedAt = Timestamps.now();
    }

    private static void requireScope(UserAccount a) {
        String missing = switch (a.role) {
            case WORKER, CADRE -> a.areaCode == null ? "areaCode" : null;
            case ORG_MEMBER -> a.organisationId == null ? "organisationId" : null;
            case VOLUNTEER -> a.volunteerId == null ? "volunteerId" : null;
            case FAMILY -> a.householdId == null ? "householdId" : null;
            case ADMIN -> null;
        };
        if (missing != null) {
            throw invalid(missing, "is required for the role " + a.role);
        }
    }

    private Long link(String field, Long id) {
        if (id == null) {
            return null;
        }
        AccountLinks records = links.stream().filter(l -> l.field().equals(field)).findFirst().orElseThrow();
        if (!records.exists(id)) {
            throw new UnknownReference(field, records.what(), id);
        }
        return id;
    }

    private UserAccount require(long id) {
        return UserAccount.<UserAccount>findByIdOptional(id).orElseThrow(() -> new NotFound("account", id));
    }

    private static InvalidInput invalid(String field, String message) {
        return new InvalidInput("The " + field + " " + message, field, message);
    }
}
