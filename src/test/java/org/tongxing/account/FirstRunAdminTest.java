package org.tongxing.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongxing.common.Role;
import org.tongxing.support.SignedInAsAdmin;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The first-run logic against the real database. The demo data brings an administrator, so each test takes the
 * administrators away inside its own transaction, which is rolled back: the other tests keep theirs. The
 * start-up itself, with a configured password and an empty database, is tested in FirstStartTest.
 */
@QuarkusTest
class FirstRunAdminTest {

    private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("one-time password (\\S+) ");

    @Inject
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    PasswordPolicy policy;

    @Inject
    FirstRunAdmin firstRun;

    private final List<String> log = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            log.add(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLog() {
        Logger.getLogger(FirstRunAdmin.class.getName()).addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger(FirstRunAdmin.class.getName()).removeHandler(capture);
    }

    @Test
    @TestTransaction
    void whileAnAdministratorIsEnabledNothingIsCreated() {
        long accounts = UserAccount.count();

        firstRun.ensureAdministrator();
        em.flush();

        assertThat(UserAccount.count()).isEqualTo(accounts);
        assertThat(log).isEmpty();
    }

    @Test
    @TestTransaction
    void withoutAnAdministratorOneIsCreatedWithAOneTimePasswordShownOnlyInTheLog() {
        removeAdministrators();

        firstRun(Optional.empty()).ensureAdministrator();
        em.flush();

        UserAccount admin = enabledAdministrator();
        assertThat(admin.username).isEqualTo("admin");
        assertThat(admin.mustChangePassword).isTrue();
        assertThat(log).hasSize(1);
        Matcher shown = ONE_TIME_PASSWORD.matcher(log.get(0));
        assertThat(shown.find()).as(log.get(0)).isTrue();
        String password = shown.group(1);
        assertThat(password).hasSize(20);
        assertThat(policy.problemWith(password, "admin")).isEmpty();
        assertThat(hasher.matches(password, admin.passwordHash)).isTrue();
    }

    @Test
    @TestTransaction
    void whenEveryAdministratorIsDisabledANewOneIsCreatedBesideThemUnderAFreeName() {
        // Nothing stops an administrator from disabling the last one (themselves included); the next start must cope.
        UserAccount.update("enabled = false where role = ?1", Role.ADMIN);

        firstRun(Optional.empty()).ensureAdministrator();
        em.flush();

        UserAccount admin = enabledAdministrator();
        assertThat(admin.username).isEqualTo("admin-2");
        assertThat(admin.mustChangePassword).isTrue();
        assertThat(log).singleElement().asString().contains("'admin-2'");
        UserAccount former = UserAccount.byUsername("admin");
        assertThat(former.enabled).as("a disabled account stays disabled").isFalse();
        assertThat(hasher.matches(SignedInAsAdmin.PASSWORD, former.passwordHash)).isTrue();
    }

    @Test
    @TestTransaction
    void eachFirstRunChoosesAnotherPassword() {
        removeAdministrators();
        firstRun(Optional.empty()).ensureAdministrator();
        em.flush();
        UserAccount.delete("username = ?1 and mustChangePassword = true", "admin");
        firstRun(Optional.empty()).ensureAdministrator();

        assertThat(log).hasSize(2);
        assertThat(passwordIn(log.get(0))).isNotEqualTo(passwordIn(log.get(1)));
    }

    @Test
    @TestTransaction
    void aConfiguredPasswordIsUsedAsItIsAndNeverLogged() {
        removeAdministrators();

        firstRun(Optional.of("Harbour-lights-7394")).ensureAdministrator();
        em.flush();

        UserAccount admin = enabledAdministrator();
        assertThat(admin.username).isEqualTo("admin");
        assertThat(admin.mustChangePassword).as("whoever configured it chose it").isFalse();
        assertThat(hasher.matches("Harbour-lights-7394", admin.passwordHash)).isTrue();
        assertThat(log).singleElement().asString().contains("configured").doesNotContain("Harbour-lights-7394");
    }

    @Test
    @TestTransaction
    void aBlankConfiguredPasswordCountsAsNone() {
        removeAdministrators();

        firstRun(Optional.of("  ")).ensureAdministrator();
        em.flush();

        assertThat(enabledAdministrator().mustChangePassword).isTrue();
    }

    @Test
    @TestTransaction
    void aWeakConfiguredPasswordStopsTheStartInsteadOfCreatingAWeakAdministrator() {
        removeAdministrators();

        assertThatThrownBy(() -> firstRun(Optional.of("1234567890")).ensureAdministrator())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("tongxing.admin.initial-password");
        assertThatThrownBy(() -> firstRun(Optional.of("admin-2026-xyz")).ensureAdministrator())
                .isInstanceOf(IllegalStateException.class);
        assertThat(UserAccount.count("role = ?1 and enabled = true", Role.ADMIN)).isZero();
    }

    /** What "no administrator" looks like after the demo data: the demo administrator renamed away and disabled. */
    private static void removeAdministrators() {
        UserAccount.update("username = concat('former-', username), enabled = false where role = ?1", Role.ADMIN);
    }

    private FirstRunAdmin firstRun(Optional<String> configuredPassword) {
        FirstRunAdmin firstRun = new FirstRunAdmin();
        firstRun.em = em;
        firstRun.hasher = hasher;
        firstRun.policy = policy;
        firstRun.initialPassword = configuredPassword;
        return firstRun;
    }

    private static UserAccount enabledAdministrator() {
        return UserAccount.<UserAccount>find("role = ?1 and enabled = true", Role.ADMIN).singleResult();
    }

    private static String passwordIn(String message) {
        Matcher shown = ONE_TIME_PASSWORD.matcher(message);
        assertThat(shown.find()).as(message).isTrue();
        return shown.group(1);
    }
}
