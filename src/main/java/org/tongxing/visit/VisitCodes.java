package org.tongxing.visit;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.tongxing.common.NotFound;
import org.tongxing.common.Timestamps;
import org.tongxing.household.Household;
import org.tongxing.household.HouseholdService;
import org.tongxing.privacy.AccessPolicy;

/**
 * Issues, revokes and checks households' QR check-in codes. Issuing makes a new generation and revokes the one
 * before, so a lost or photographed printout is withdrawn by printing a new one. Only the file's case workers
 * may see, issue or revoke a code.
 */
@ApplicationScoped
public class VisitCodes {

    @Inject
    QrSecret secret;

    @Inject
    HouseholdService households;

    @Inject
    AccessPolicy access;

    @Inject
    Event<VisitEvent> events;

    public VisitCodeView current(long householdId, String baseUrl) {
        access.requireHouseholdEdit(households.require(householdId));
        VisitCode code = VisitCode.activeOf(householdId);
        if (code == null) {
            throw new NotFound("Household " + householdId + " has no active visit code");
        }
        return view(code, baseUrl);
    }

    /**
     * The active codes of every household in an area within the viewer's own, by file number: what a batch sheet
     * prints. The codes carry nothing about the families, so listing them discloses no identity.
     */
    public List<VisitCodeView> activeIn(String areaPrefix, String baseUrl) {
        String scope = AccessPolicy.narrow(areaPrefix, access.caseAreaScope());
        List<VisitCode> active = VisitCode.list("select c from VisitCode c, Household h where h.id = c.householdId"
                + " and c.revokedAt is null and h.areaCode like ?1 order by c.householdId",
                scope == null ? "%" : scope + "%");
        return active.stream().map(code -> view(code, baseUrl)).toList();
    }

    /** The household's current code, or none; for pages that offer to issue one. */
    public VisitCodeView currentOrNull(long householdId, String baseUrl) {
        access.requireHouseholdEdit(households.require(householdId));
        VisitCode code = VisitCode.activeOf(householdId);
        return code == null ? null : view(code, baseUrl);
    }

    @Transactional
    public VisitCodeView issue(long householdId, String baseUrl) {
        Household household = households.require(householdId);
        access.requireHouseholdEdit(household);
        // Serialises issuers of the same household; the unique indexes would refuse a racing second anyway.
        Household.getEntityManager().lock(household, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        VisitCode previous = VisitCode.activeOf(householdId);
        if (previous != null) {
            revoke(previous);
        }
        VisitCode code = new VisitCode();
        code.householdId = householdId;
        code.generation = previous == null ? nextGeneration(householdId) : previous.generation + 1;
        code.key = VisitCodeSigner.newKey();
        code.issuedAt = Timestamps.now();
        code.issuedBy = access.viewer().userId();
        code.persist();
        events.fire(new VisitEvent.CodeIssued(code));
        return view(code, baseUrl);
    }

    @Transactional
    public void revoke(long householdId) {
        access.requireHouseholdEdit(households.require(householdId));
        VisitCode code = VisitCode.activeOf(householdId);
        if (code == null) {
            throw new NotFound("Household " + householdId + " has no active visit code");
        }
        revoke(code);
    }

    /**
     * The household a scanned token belongs to, for a field worker of its area. A token that does not check is
     * refused as not genuine (403); a genuine one of a revoked generation as withdrawn (410).
     */
    public Household resolve(String token) {
        String key = secret.signer().verify(token).orElseThrow(() -> new VisitCodeInvalid(
                "The visit code is not genuine: it was not issued by this platform or was copied wrongly"));
        VisitCode code = VisitCode.find("key", key).firstResult();
        if (code == null) {
            throw new VisitCodeInvalid("The visit code is not genuine");
        }
        if (code.revokedAt != null) {
            throw new VisitCodeRevoked("This visit code (generation " + code.generation
                    + ") was withdrawn; ask for the household's current code");
        }
        Household household = households.require(code.householdId);
        if (!access.isCaseWorker(household)) {
            throw new NotFound("household", "of this code");
        }
        return household;
    }

    byte[] png(long householdId, String baseUrl) {
        return QrImages.png(current(householdId, baseUrl).url());
    }

    private void revoke(VisitCode code) {
        code.revokedAt = Timestamps.now();
        code.revokedBy = access.viewer().userId();
        VisitCode.flush();
        events.fire(new VisitEvent.CodeRevoked(code));
    }

    private static int nextGeneration(long householdId) {
        Integer max = Household.getEntityManager()
                .createQuery("select max(c.generation) from VisitCode c where c.householdId = :h", Integer.class)
                .setParameter("h", householdId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private VisitCodeView view(VisitCode code, String baseUrl) {
        String token = secret.signer().token(code.key);
        return new VisitCodeView(code.householdId, code.generation, code.issuedAt, checkInUrl(baseUrl, token));
    }

    static String checkInUrl(String baseUrl, String token) {
        return baseUrl.replaceFirst("/+$", "") + CheckInPages.PATH + token;
    }
}
