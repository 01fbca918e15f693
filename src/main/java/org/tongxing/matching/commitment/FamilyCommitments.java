package org.tongxing.matching.commitment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.tongxing.claim.ServiceLog;
import org.tongxing.common.Role;
import org.tongxing.matching.CommitmentReview;
import org.tongxing.matching.CommitmentStatus;
import org.tongxing.matching.Pairing;
import org.tongxing.matching.ReviewKind;
import org.tongxing.matching.SupportGroup;
import org.tongxing.need.Need;
import org.tongxing.need.NeedCategory;
import org.tongxing.privacy.AccessPolicy;

import io.quarkus.security.ForbiddenException;

/**
 * The signed-in family's live pairs and group as its helpers page shows them: what each covers, where it stands
 * (so the family can consent), its helpers once both sides agreed (from {@link FamilyHelpers}, the one place that
 * decides what a family sees of them), the contact log in figures (how often, how long, when last) and the reviews.
 * The contacts' own words stay with the helpers and case workers: they are written about the family.
 */
@ApplicationScoped
public class FamilyCommitments {

    /** One pair or group of the family; {@code kind} is PAIRING or GROUP, as in {@link Helpers.Helper}. */
    public record FamilyCommitment(String kind, long id, long version, List<NeedCategory> needs, Course course,
            List<Helpers.Helper> helpers, long contacts, BigDecimal hours, List<ReviewView> reviews) {

        /** For pages: "pairings" or "groups", as in the addresses of its forms. */
        public String path() {
            return "PAIRING".equals(kind) ? "pairings" : "groups";
        }

        /** For pages: the review of that kind, or null while nobody began it. */
        public ReviewView review(ReviewKind review) {
            return reviews.stream().filter(r -> r.kind() == review).findFirst().orElse(null);
        }

        public List<ReviewKind> reviewKinds() {
            return List.of(ReviewKind.values());
        }

        /** For pages: the id of a field of this commitment's review form, unique on the page. */
        public String reviewField(ReviewKind review, String field) {
            return reviewPrefix(path(), id, review) + field;
        }
    }

    /** The prefix of a review form's field ids: "review-pairings-12-MIDTERM-". */
    public static String reviewPrefix(String path, long id, ReviewKind review) {
        return "review-" + path + "-" + id + "-" + review + "-";
    }

    @Inject
    AccessPolicy access;

    @Inject
    FamilyHelpers helpers;

    public List<FamilyCommitment> mine() {
        Long household = access.viewer().householdId();
        if (!access.viewer().is(Role.FAMILY) || household == null) {
            throw new ForbiddenException();
        }
        List<Helpers.Helper> known = helpers.mine().helpers();
        List<FamilyCommitment> all = new ArrayList<>();
        for (Pairing p : Pairing.<Pairing>list("householdId = ?1 and status = ?2 order by since", household,
                CommitmentStatus.ACTIVE)) {
            all.add(new FamilyCommitment("PAIRING", p.id, p.version, List.of(Need.<Need>findById(p.needId).category),
                    Course.of(p), of(known, "PAIRING", p.id), ServiceLog.count("pairingId", p.id),
                    hours("pairingId", p.id), reviews("pairingId", p.id)));
        }
        for (SupportGroup g : SupportGroup.<SupportGroup>list("householdId = ?1 and status = ?2", household,
                CommitmentStatus.ACTIVE)) {
            List<NeedCategory> needs = g.needIds.isEmpty() ? List.of()
                    : Need.<Need>list("id in ?1 order by id", g.needIds).stream().map(n -> n.category).toList();
            all.add(new FamilyCommitment("GROUP", g.id, g.version, needs, Course.of(g),
                    of(known, "GROUP", g.id), ServiceLog.count("supportGroupId", g.id),
                    hours("supportGroupId", g.id), reviews("supportGroupId", g.id)));
        }
        return all;
    }

    private static List<Helpers.Helper> of(List<Helpers.Helper> known, String kind, long id) {
        return known.stream().filter(h -> h.kind().equals(kind) && h.commitmentId() == id).toList();
    }

    private static BigDecimal hours(String field, long id) {
        BigDecimal sum = ServiceLog.getEntityManager()
                .createQuery("select sum(s.hours) from ServiceLog s where s." + field + " = ?1", BigDecimal.class)
                .setParameter(1, id).getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    private static List<ReviewView> reviews(String field, long id) {
        return CommitmentReview.<CommitmentReview>list(field + " = ?1 order by kind desc", id).stream()
                .map(ReviewView::from).toList();
    }
}
