package org.tongxing.assistance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.tongxing.common.Changes;
import org.tongxing.common.ConcurrentUpdate;
import org.tongxing.common.FieldIssue;
import org.tongxing.common.InvalidInput;
import org.tongxing.common.NotFound;
import org.tongxing.common.Timestamps;
import org.tongxing.household.Household;
import org.tongxing.household.HouseholdService;
import org.tongxing.privacy.AccessPolicy;

import io.quarkus.panache.common.Sort;

/**
 * The benefits on a household's file. Its case workers record and change them; the family reads its own. A status
 * carries what makes it true: a decision date for a grant or refusal, an amount for a grant, a reason for a
 * refusal, an end date for an ending.
 */
@ApplicationScoped
public class Benefits {

    @Inject
    HouseholdService households;

    @Inject
    AccessPolicy access;

    @Inject
    Event<AssistanceEvent> events;

    @Transactional
    public List<BenefitView> list(long householdId) {
        access.requireHouseholdRead(households.require(householdId));
        return Benefit.<Benefit>find("householdId", Sort.by("kind").and("id"), householdId).stream()
                .map(BenefitView::from).toList();
    }

    @Transactional
    public BenefitView record(long householdId, BenefitRequest request) {
        Household household = households.require(householdId);
        access.requireHouseholdEdit(household);
        check(household, request);
        Benefit benefit = new Benefit();
        benefit.householdId = householdId;
        benefit.createdAt = Timestamps.now();
        benefit.updatedAt = benefit.createdAt;
        apply(benefit, request);
        benefit.persistAndFlush();
        events.fire(new AssistanceEvent.BenefitRecorded(benefit));
        return BenefitView.from(benefit);
    }

    @Transactional
    public BenefitView change(long householdId, long benefitId, BenefitRequest request) {
        Household household = households.require(householdId);
        access.requireHouseholdEdit(household);
        Benefit benefit = Benefit.<Benefit>findByIdOptional(benefitId).filter(b -> b.householdId == householdId)
                .orElseThrow(() -> new NotFound("benefit", benefitId));
        if (request.version() == null || benefit.version != request.version()) {
            throw new ConcurrentUpdate("benefit", benefitId);
        }
        check(household, request);
        List<String> changed = apply(benefit, request);
        if (!changed.isEmpty()) {
            benefit.updatedAt = Timestamps.now();
            events.fire(new AssistanceEvent.BenefitChanged(benefit, changed));
            Benefit.flush(); // the new version, for the answer
        }
        return BenefitView.from(benefit);
    }

    private static List<String> apply(Benefit b, BenefitRequest r) {
        Changes c = new Changes();
        b.kind = c.track("kind", b.kind, r.kind());
        b.memberId = c.track("memberId", b.memberId, r.memberId());
        b.status = c.track("status", b.status, r.status());
        b.appliedOn = c.track("appliedOn", b.appliedOn, r.appliedOn());
        b.decidedOn = c.track("decidedOn", b.decidedOn, r.decidedOn());
        b.endedOn = c.track("endedOn", b.endedOn, r.endedOn());
        b.monthlyAmount = c.track("monthlyAmount", b.monthlyAmount, money(r.monthlyAmount()));
        b.oneOffAmount = c.track("oneOffAmount", b.oneOffAmount, money(r.oneOffAmount()));
        b.recheckOn = c.track("recheckOn", b.recheckOn, r.recheckOn());
        b.note = c.track("note", b.note, blankToNull(r.note()));
        return c.fields();
    }

    /** What a status needs to be true, and dates in their order; every broken rule named by its field. */
    private static void check(Household household, BenefitRequest r) {
        List<FieldIssue> issues = new ArrayList<>();
        BenefitStatus s = r.status();
        if ((s == BenefitStatus.GRANTED || s == BenefitStatus.REFUSED) && r.decidedOn() == null) {
            issues.add(new FieldIssue("decidedOn", "is required"));
        }
        if (s == BenefitStatus.GRANTED && !positive(r.monthlyAmount()) && !positive(r.oneOffAmount())) {
            issues.add(new FieldIssue("monthlyAmount", "a granted benefit needs a monthly or a one-off amount"));
        }
        if (s == BenefitStatus.REFUSED && blankToNull(r.note()) == null) {
            issues.add(new FieldIssue("note", "say why it was refused"));
        }
        if (s == BenefitStatus.ENDED && r.endedOn() == null) {
            issues.add(new FieldIssue("endedOn", "is required"));
        }
        if (r.appliedOn() != null && r.decidedOn() != null && r.decidedOn().isBefore(r.appliedOn())) {
            issues.add(new FieldIssue("decidedOn", "must not be before the application"));
        }
        if (r.decidedOn() != null && r.endedOn() != null && r.endedOn().isBefore(r.decidedOn())) {
            issues.add(new FieldIssue("endedOn", "must not be before the decision"));
        }
        if (r.memberId() != null && household.members.stream().noneMatch(m -> m.id.equals(r.memberId()))) {
            issues.add(new FieldIssue("memberId", "is not a member of this household"));
        }
        if (!issues.isEmpty()) {
            throw new InvalidInput("The benefit is not consistent: " + issues.get(0).field() + " "
                    + issues.get(0).message(), issues);
        }
    }

    private static boolean positive(BigDecimal amount) {
        return amount != null && amount.signum() > 0;
    }

    static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
