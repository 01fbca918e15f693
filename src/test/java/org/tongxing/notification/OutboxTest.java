package org.tongxing.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongxing.account.UserAccount;
import org.tongxing.common.Timestamps;
import org.tongxing.support.GreenMailResource;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestNeeds;
import org.tongxing.support.TestOutbox;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import com.icegreen.greenmail.util.GreenMail;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The outbox is written with the event, shown in the inbox at once, and e-mailed over real SMTP with retries;
 * senders lease rows, so two of them never send one twice, and a dead sender's rows are sent once its lease ends.
 */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class OutboxTest {

    @GreenMailResource.InjectGreenMail
    GreenMail mail;

    @Inject
    OutboxSender sender;

    @Inject
    OutboxLeases leases;

    @Inject
    Notifier notifier;

    @Inject
    DataSource dataSource;

    /** Other tests leave e-mails in the outbox; sending them first makes each test's own the only ones due. */
    @BeforeEach
    void sendWhatOtherTestsLeft() {
        TestOutbox.deliverAllDue(sender);
    }

    @Test
    void aClaimIsInTheWorkersInboxAtOnceAndInTheirMailboxOnceTheSenderRuns() throws Exception {
        TestAreas areas = TestAreas.create();
        TestUser worker = TestUsers.worker(areas.community);
        long need = TestNeeds.publicNeed(areas.compound, "TUTORING");
        claim(TestUsers.volunteer(areas.compound, "TUTORING"), need);

        worker.request().get("/api/me/notifications").then().body("items[0].kind", equalTo("CLAIMED"))
                .body("items[0].needId", equalTo((int) need));
        assertThat(messagesTo(worker)).isEmpty();
        sender.deliverDue();
        List<MimeMessage> received = messagesTo(worker);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).contains("#" + need);
        assertThat(status(worker)).isEqualTo("SENT");
        assertThat(query("select count(*) from notification where lease_token is not null and recipient_id = "
                + worker.id())).as("lease given up once sent").isEqualTo("0");
    }

    @Test
    void aFailedSendIsRetriedLaterAndNothingIsLost() throws Exception {
        TestAreas areas = TestAreas.create();
        TestUser worker = TestUsers.worker(areas.community);
        long need = TestNeeds.publicNeed(areas.compound, "TUTORING");
        mail.stop();
        try {
            claim(TestUsers.volunteer(areas.compound, "TUTORING"), need);
            sender.deliverDue();
            assertThat(status(worker)).isEqualTo("PENDING");
            assertThat(attempts(worker)).isEqualTo(1);
        } finally {
            mail.start();
        }
        sender.deliverDue();
        assertThat(messagesTo(worker)).as("not yet due: the retry waits").isEmpty();
        execute("update notification set next_attempt_at = now() - interval '1 second' where recipient_id = "
                + worker.id());
        sender.deliverDue();
        assertThat(messagesTo(worker)).hasSize(1);
        assertThat(status(worker)).isEqualTo("SENT");
        assertThat(attempts(worker)).isEqualTo(2);
    }

    @Test
    void aSenderThatDiedMidSendLeavesItsRowsToOthersOnceItsLeaseRunsOut() throws Exception {
        TestAreas areas = TestAreas.create();
        TestUser worker = TestUsers.worker(areas.community);
        claim(TestUsers.volunteer(areas.compound, "TUTORING"), TestNeeds.publicNeed(areas.compound, "TUTORING"));
        OutboxLease dead = leases.take(Timestamps.now(), 50);
        assertThat(dead.emails()).extracting(OutboxLease.Email::to)
                .contains(worker.username() + "@test.tongxing.local");

        sender.deliverDue();
        assertThat(messagesTo(worker)).as("leased by the other sender").isEmpty();
        execute("update notification set lease_until = now() - interval '1 second' where lease_token = '" + dead.token()
                + "'");
        sender.deliverDue();
        assertThat(messagesTo(worker)).hasSize(1);
        assertThat(status(worker)).isEqualTo("SENT");
        assertThat(attempts(worker)).as("the dead sender's attempt counts").isEqualTo(2);
        OutboxLease.Email ours = dead.emails().stream().filter(e -> e.to().startsWith(worker.username() + "@"))
                .findFirst()
                .orElseThrow();
        assertThat(leases.sent(dead, ours, Timestamps.now())).as("the dead sender's late word is refused").isFalse();
        assertThat(leases.failed(dead, ours, "late", null)).isFalse();
        assertThat(status(worker)).isEqualTo("SENT");
    }

    @Test
    void eachRecipientReadsANoticeInTheLanguageOfTheirAccountOnly() {
        TestAreas areas = TestAreas.create();
        TestUser chinese = TestUsers.worker(areas.community);
        TestUser english = TestUsers.worker(areas.community);
        english.request().redirects().follow(false).get("/ui/language/en?next=/").then().statusCode(303);
        long need = TestNeeds.publicNeed(areas.compound, "TUTORING");
        claim(TestUsers.volunteer(areas.compound, "TUTORING"), need);

        var zh = chinese.request().get("/api/me/notifications").jsonPath();
        assertThat(zh.getString("items[0].subject")).isEqualTo("需求 #" + need + " 有新的认领，请审核");
        assertThat(zh.getString("items[0].body")).contains("请在平台上接受或婉拒").doesNotContain("Please accept");
        var en = english.request().get("/api/me/notifications").jsonPath();
        assertThat(en.getString("items[0].subject")).isEqualTo("Need #" + need + " has a new claim to review");
        assertThat(en.getString("items[0].body")).contains("Please accept or decline").doesNotContain("请在平台上");
    }

    @Test
    void twoSendersRunningAtOnceNeverSendTheSameNotificationTwice() throws Exception {
        TestUser worker = TestUsers.worker(TestAreas.create().community);
        int count = 40;
        QuarkusTransaction.requiringNew().run(() -> IntStream.range(0, count).forEach(i -> notifier.send(
                List.of(UserAccount.<UserAccount>findById(worker.id())),
                message("race " + worker.id() + " #" + i))));

        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> aSender = () -> {
            start.await();
            return TestOutbox.deliverAllDue(sender);
        };
        try {
            Future<Integer> one = threads.submit(aSender);
            Future<Integer> other = threads.submit(aSender);
            start.countDown();
            assertThat(one.get(2, TimeUnit.MINUTES) + other.get(2, TimeUnit.MINUTES)).isEqualTo(count);
        } finally {
            threads.shutdownNow();
        }
        List<String> subjects = messagesTo(worker).stream().map(OutboxTest::subject).toList();
        assertThat(subjects).hasSize(count).doesNotHaveDuplicates();
        assertThat(query("select count(*) from notification where recipient_id = " + worker.id()
                + " and (email_status <> 'SENT' or email_attempts <> 1 or lease_token is not null)")).isEqualTo("0");
    }

    @Test
    void aSendWhoseRecordFailsOnceIsNeitherSentAgainNorHoldsUpTheRestOfItsBatch() throws Exception {
        TestUser worker = TestUsers.worker(TestAreas.create().community);
        notify(worker, 3);
        refuseSentRecordsOf(worker, 1);

        sender.deliverDue();
        assertThat(messagesTo(worker)).as("the whole batch in one run").hasSize(3);
        assertThat(query("select count(*) from notification where recipient_id = " + worker.id()
                + " and email_status = 'SENT' and lease_token is null")).isEqualTo("3");
        TestOutbox.deliverAllDue(sender);
        assertThat(messagesTo(worker)).as("nothing sent twice").hasSize(3);
    }

    @Test
    void aSendThatCannotBeRecordedIsRememberedAndTheRestAreHandedBackAtOnce() throws Exception {
        TestUser worker = TestUsers.worker(TestAreas.create().community);
        notify(worker, 3);
        refuseSentRecordsOf(worker, 100);

        sender.deliverDue();
        assertThat(messagesTo(worker)).as("sending stops when its outcome cannot be written").hasSize(1);
        assertThat(query("select count(*) from notification where recipient_id = " + worker.id()
                + " and lease_token is null and email_attempts = 0")).as("handed back, not held for the lease")
                .isEqualTo("2");

        execute("drop trigger if exists outbox_fault on notification");
        TestOutbox.deliverAllDue(sender);
        List<String> subjects = messagesTo(worker).stream().map(OutboxTest::subject).toList();
        assertThat(subjects).hasSize(3).doesNotHaveDuplicates();
        assertThat(query("select count(*) from notification where recipient_id = " + worker.id()
                + " and email_status = 'SENT' and email_attempts = 1")).isEqualTo("3");
    }

    @AfterEach
    void acceptWritesAgain() throws SQLException {
        execute("drop trigger if exists outbox_fault on notification");
    }

    private static Notifier.Message message(String subject) {
        Notifier.Words words = new Notifier.Words(subject, "body");
        return new Notifier.Message(NotificationKind.CLAIMED, words, words, null, null);
    }

    private void notify(TestUser worker, int count) {
        QuarkusTransaction.requiringNew().run(() -> IntStream.range(0, count).forEach(i -> notifier.send(
                List.of(UserAccount.<UserAccount>findById(worker.id())),
                message("fault " + worker.id() + " #" + i))));
    }

    /**
     * A real refusal by the database: the first {@code times} writes that mark this recipient's e-mails SENT
     * fail. A sequence counts them, since it is not rolled back with the refused write.
     */
    private void refuseSentRecordsOf(TestUser worker, int times) throws SQLException {
        String counter = "outbox_fault_" + worker.id();
        execute("create sequence " + counter);
        execute("create or replace function outbox_fault() returns trigger language plpgsql as $$ begin"
                + " if new.email_status = 'SENT' and to_regclass('outbox_fault_' || new.recipient_id) is not null"
                + " and nextval('outbox_fault_' || new.recipient_id) <= " + times
                + " then raise exception 'refused by the test'; end if; return new; end $$");
        execute("drop trigger if exists outbox_fault on notification");
        execute("create trigger outbox_fault before update on notification for each row execute function outbox_fault()");
    }

    @Test
    void notificationsCanBeMarkedReadOnlyByTheirRecipient() {
        TestAreas areas = TestAreas.create();
        TestUser worker = TestUsers.worker(areas.community);
        claim(TestUsers.volunteer(areas.compound, "TUTORING"), TestNeeds.publicNeed(areas.compound, "TUTORING"));
        long id = worker.request().get("/api/me/notifications").jsonPath().getLong("items[0].id");
        TestUsers.worker(areas.community).request().contentType(ContentType.JSON)
                .post("/api/me/notifications/" + id + "/read").then().statusCode(404);
        worker.request().contentType(ContentType.JSON).post("/api/me/notifications/" + id + "/read").then()
                .statusCode(200);
        worker.request().queryParam("unread", true).get("/api/me/notifications").then()
                .body("items.id", not(hasItem((int) id)));
    }

    private static void claim(TestUser volunteer, long need) {
        volunteer.request().contentType(ContentType.JSON).body(TestNeeds.claimBody())
                .post("/api/needs/" + need + "/claims").then().statusCode(201);
    }

    private List<MimeMessage> messagesTo(TestUser user) throws MessagingException {
        return Arrays.stream(mail.getReceivedMessagesForDomain("test.tongxing.local")).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients())
                        .anyMatch(a -> a.toString().startsWith(user.username() + "@"));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String status(TestUser user) throws SQLException {
        return query("select email_status from notification where recipient_id = " + user.id());
    }

    private int attempts(TestUser user) throws SQLException {
        return Integer.parseInt(query("select email_attempts from notification where recipient_id = " + user.id()));
    }

    private String query(String sql) throws SQLException {
        try (var c = dataSource.getConnection(); var rows = c.createStatement().executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (var c = dataSource.getConnection()) {
            c.createStatement().executeUpdate(sql);
        }
    }
}
