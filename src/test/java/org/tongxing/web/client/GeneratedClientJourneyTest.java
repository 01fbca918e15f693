package org.tongxing.web.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tongxing.client.ApiClient;
import org.tongxing.client.api.ClaimsApi;
import org.tongxing.client.api.NeedsApi;
import org.tongxing.client.model.ClaimRequest;
import org.tongxing.client.model.ClaimStatus;
import org.tongxing.client.model.ClaimView;
import org.tongxing.client.model.Decision;
import org.tongxing.client.model.EscalationRequest;
import org.tongxing.client.model.NeedCategory;
import org.tongxing.client.model.NeedRequest;
import org.tongxing.client.model.NeedView;
import org.tongxing.client.model.Urgency;
import org.tongxing.support.SignedInAsAdmin;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestHouseholds;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The OpenAPI document is fit for clients: a Java client generated from it in the build (openapi-generator, Java 11
 * HttpClient) carries one journey end to end. A worker posts a need, it is escalated until open to the public, a
 * volunteer claims it, and the worker accepts the claim.
 */
@QuarkusTest
class GeneratedClientJourneyTest {

    @Test
    void aWorkerAndAVolunteerCarryANeedFromPostingToAnAcceptedClaimThroughTheGeneratedClient() throws Exception {
        TestAreas areas = TestAreas.create();
        long household = TestHouseholds.open(areas.compound);
        TestUser worker = TestUsers.worker(areas.community);
        TestUser volunteer = TestUsers.volunteer(areas.compound, "TUTORING");

        Map<?, ?> posted = (Map<?, ?>) new NeedsApi(as(worker.username(), TestUser.PASSWORD))
                .postNeed(new NeedRequest().householdId(household).category(NeedCategory.TUTORING)
                        .description("孩子需要每周两次数学辅导").urgency(Urgency.HIGH));
        long need = ((Number) posted.get("id")).longValue();
        NeedsApi administrator = new NeedsApi(as("admin", SignedInAsAdmin.PASSWORD));
        for (long version = 0; version < 3; version++) {
            administrator.escalateNeed(need, new EscalationRequest().reason("社区无法解决").version(version));
        }
        // Operations answering 201 with a Location declare no body schema (JAX-RS Response): a map.
        Map<?, ?> claim = (Map<?, ?>) new ClaimsApi(as(volunteer.username(), TestUser.PASSWORD)).claimNeedClaim(need,
                new ClaimRequest().plan("每周六上午上门辅导两小时").promisedBy(LocalDate.now().plusDays(14)));
        ClaimView accepted = new ClaimsApi(as(worker.username(), TestUser.PASSWORD)).acceptClaim(
                ((Number) claim.get("id")).longValue(),
                new Decision().version(((Number) claim.get("version")).longValue()));

        assertThat(accepted.getStatus()).isEqualTo(ClaimStatus.ACCEPTED);
        NeedView seen = new NeedsApi(as(volunteer.username(), TestUser.PASSWORD)).getNeed(need);
        assertThat(seen.getId()).isEqualTo(need);
    }

    private static ApiClient as(String username, String password) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + RestAssured.port);
        String credentials = Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + credentials));
        return client;
    }
}
