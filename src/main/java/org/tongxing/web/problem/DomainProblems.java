package org.tongxing.web.problem;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.tongxing.claim.ClaimConflict;
import org.tongxing.claim.ClaimLimitReached;
import org.tongxing.claim.ClaimantNotEligible;
import org.tongxing.claim.CompletionRatioTooLow;
import org.tongxing.claim.InvalidClaimTransition;
import org.tongxing.claim.NeedNotOpen;
import org.tongxing.common.ConcurrentUpdate;
import org.tongxing.common.DomainException;
import org.tongxing.common.Duplicate;
import org.tongxing.common.InconsistentReference;
import org.tongxing.common.InvalidInput;
import org.tongxing.common.InvalidParameter;
import org.tongxing.common.InvalidState;
import org.tongxing.common.NotAllowed;
import org.tongxing.common.NotFound;
import org.tongxing.common.UnknownReference;
import org.tongxing.matching.commitment.CommitmentEnded;
import org.tongxing.matching.review.ProposalOutdated;
import org.tongxing.matching.run.RunAlreadyActive;
import org.tongxing.privacy.OutsideYourArea;
import org.tongxing.programme.EvaluationSubmitted;
import org.tongxing.report.InvalidDateRange;
import org.tongxing.ui.Problems;
import org.tongxing.visit.QrSecretMissing;
import org.tongxing.visit.VisitCodeInvalid;
import org.tongxing.visit.VisitCodeRevoked;

/**
 * The one table from the features' refusals to the problems the API answers with: the type, status and title of
 * each kind come from {@link ProblemType}, the detail and the field errors from the refusal itself. A refusal
 * that extends a kind in the table (a {@code NotFound} of its own) is answered as that kind.
 */
@ApplicationScoped
public class DomainProblems implements Problems {

    private static final Map<Class<? extends DomainException>, ProblemType> TYPES = Map.ofEntries(
            entry(NotFound.class, ProblemType.NOT_FOUND),
            entry(ConcurrentUpdate.class, ProblemType.CONCURRENT_UPDATE),
            entry(InvalidParameter.class, ProblemType.INVALID_PARAMETER),
            entry(InvalidInput.class, ProblemType.VALIDATION_FAILED),
            entry(UnknownReference.class, ProblemType.UNKNOWN_REFERENCE),
            entry(InconsistentReference.class, ProblemType.INCONSISTENT_REFERENCE),
            entry(Duplicate.class, ProblemType.DUPLICATE),
            entry(InvalidState.class, ProblemType.INVALID_STATE),
            entry(NotAllowed.class, ProblemType.FORBIDDEN),
            entry(OutsideYourArea.class, ProblemType.OUTSIDE_YOUR_AREA),
            entry(ClaimConflict.class, ProblemType.CLAIM_CONFLICT),
            entry(NeedNotOpen.class, ProblemType.NEED_NOT_OPEN),
            entry(ClaimantNotEligible.class, ProblemType.CLAIMANT_NOT_ELIGIBLE),
            entry(ClaimLimitReached.class, ProblemType.CLAIM_LIMIT_REACHED),
            entry(CompletionRatioTooLow.class, ProblemType.COMPLETION_RATIO_TOO_LOW),
            entry(InvalidClaimTransition.class, ProblemType.INVALID_CLAIM_TRANSITION),
            entry(VisitCodeInvalid.class, ProblemType.VISIT_CODE_INVALID),
            entry(VisitCodeRevoked.class, ProblemType.VISIT_CODE_REVOKED),
            entry(QrSecretMissing.class, ProblemType.SERVICE_UNAVAILABLE),
            entry(EvaluationSubmitted.class, ProblemType.EVALUATION_SUBMITTED),
            entry(RunAlreadyActive.class, ProblemType.MATCHING_RUN_ACTIVE),
            entry(ProposalOutdated.class, ProblemType.PROPOSAL_OUTDATED),
            entry(CommitmentEnded.class, ProblemType.COMMITMENT_ENDED),
            entry(InvalidDateRange.class, ProblemType.INVALID_DATE_RANGE));

    /** The problem a refusal is answered with; a refusal of a kind missing from the table is our fault (500). */
    static Response response(DomainException refusal, UriInfo uri) {
        ProblemType type = typeOf(refusal);
        if (type == ProblemType.INTERNAL_ERROR) {
            return ServerErrorMapper.logged(refusal, uri);
        }
        List<Problem.FieldError> errors = refusal.fields().stream()
                .map(f -> new Problem.FieldError(f.field(), f.message())).toList();
        return ProblemResponses.of(type, refusal.getMessage(), errors, uri);
    }

    static ProblemType typeOf(DomainException refusal) {
        return typeOf(refusal.getClass());
    }

    /** The problem of a kind of refusal, or of the nearest kind it extends; INTERNAL_ERROR when none is known. */
    static ProblemType typeOf(Class<?> refusal) {
        for (Class<?> kind = refusal; kind != DomainException.class && kind != null; kind = kind.getSuperclass()) {
            ProblemType type = TYPES.get(kind);
            if (type != null) {
                return type;
            }
        }
        return ProblemType.INTERNAL_ERROR;
    }

    @Override
    public int status(DomainException refusal) {
        return typeOf(refusal).status();
    }

    @Override
    public String type(DomainException refusal) {
        return typeOf(refusal).uri();
    }
}
