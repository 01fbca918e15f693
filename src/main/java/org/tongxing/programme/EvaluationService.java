package org.tongxing.programme;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.tongxing.account.UserAccount;
import org.tongxing.common.ConcurrentUpdate;
import org.tongxing.common.InconsistentReference;
import org.tongxing.common.InvalidInput;
import org.tongxing.common.InvalidState;
import org.tongxing.common.NotFound;
import org.tongxing.common.Timestamps;

import io.quarkus.security.ForbiddenException;

/**
 * Mid-term and final evaluations. A programme's manager opens a round and names its evaluator, an ADMIN or a CADRE
 * whose area contains the programme (never the lead organisation, which is the party being evaluated); only that
 * evaluator enters the scores, and submitting freezes them with their weighted total.
 */
@ApplicationScoped
public class EvaluationService {

    @Inject
    ProgrammeService programmes;

    @Inject
    ProgrammeAccess access;

    @Inject
    ProgrammeViews views;

    @Transactional
    public ProgrammeView.EvaluationView open(long programmeId, EvaluationRequest request) {
        Programme p = programmes.require(programmeId);
        access.requireManage(p);
        if (p.rubric.isEmpty()) {
            throw new InvalidState("The programme has no rubric to score against yet");
        }
        long evaluatorId = request.evaluatorId() == null ? access.viewer().userId() : request.evaluatorId();
        UserAccount evaluator = UserAccount.findById(evaluatorId);
        if (!ProgrammeViews.isEvaluatorRole(evaluator, p)) {
            throw new InconsistentReference("The evaluator must be an administrator or a"
                    + " cadre responsible for the programme's area", "evaluatorId",
                    "is not an administrator or a cadre covering " + p.areaCode);
        }
        EvaluationRound r = new EvaluationRound();
        r.programmeId = p.id;
        r.kind = request.kind();
        r.evaluatorId = evaluatorId;
        r.status = EvaluationRound.Status.OPEN;
        r.createdAt = Timestamps.now();
        r.updatedAt = r.createdAt;
        r.persist();
        EvaluationRound.flush();
        return views.evaluation(p, r, evaluator.displayName);
    }

    public ProgrammeView.EvaluationView get(long programmeId, long roundId) {
        Programme p = programmes.require(programmeId);
        access.requireView(p);
        EvaluationRound r = require(p, roundId);
        if (!access.canManage(p) && r.status != EvaluationRound.Status.SUBMITTED) {
            throw new NotFound("evaluation", roundId);
        }
        return views.evaluation(p, r, UserAccount.<UserAccount>findByIdOptional(r.evaluatorId).map(a -> a.displayName)
                .orElse(null));
    }

    @Transactional
    public ProgrammeView.EvaluationView score(long programmeId, long roundId, EvaluationRequest.Scores request) {
        Programme p = programmes.require(programmeId);
        access.requireView(p);
        EvaluationRound r = require(p, roundId);
        if (!r.evaluatorId.equals(access.viewer().userId())) {
            throw new ForbiddenException();
        }
        if (r.status == EvaluationRound.Status.SUBMITTED) {
            throw new EvaluationSubmitted("The " + r.kind + " evaluation was submitted");
        }
        if (r.version != request.version()) {
            throw new ConcurrentUpdate("evaluation", roundId);
        }
        apply(p, r, request);
        r.weightedTotal = Rubric.weightedTotal(p.rubric.stream().map(RubricItem::item).toList(), scoreValues(r));
        r.comment = request.comment() == null || request.comment().isBlank() ? r.comment : request.comment().strip();
        r.updatedAt = Timestamps.now();
        if (request.submit()) {
            requireComplete(p, r);
            r.status = EvaluationRound.Status.SUBMITTED;
            r.submittedAt = r.updatedAt;
        }
        EvaluationRound.flush();
        return views.evaluation(p, r, access.viewer().displayName());
    }

    private static void apply(Programme p, EvaluationRound r, EvaluationRequest.Scores request) {
        Map<Long, RubricItem> items = p.rubric.stream().collect(Collectors.toMap(i -> i.id, i -> i));
        for (int i = 0; i < request.scores().size(); i++) {
            EvaluationRequest.ItemScore s = request.scores().get(i);
            RubricItem item = items.get(s.itemId());
            if (item == null) {
                throw new InconsistentReference("The item is not on this programme's rubric",
                        "scores[" + i + "].itemId", "is not an item of this rubric");
            }
            if (s.score().compareTo(item.maxScore) > 0) {
                throw new InvalidInput("A score is above its item's maximum", "scores[" + i + "].score",
                        "must be at most " + item.maxScore);
            }
            r.scores.put(item.id,
                    new Score(s.score(), s.comment() == null || s.comment().isBlank() ? null : s.comment().strip()));
        }
    }

    private static void requireComplete(Programme p, EvaluationRound r) {
        List<String> missing = p.rubric.stream().filter(i -> !r.scores.containsKey(i.id)).map(i -> i.name).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInput("Every rubric item needs a score before submitting", "scores",
                    "missing: " + String.join(", ", missing));
        }
    }

    private static Map<Long, BigDecimal> scoreValues(EvaluationRound r) {
        Map<Long, BigDecimal> values = new HashMap<>();
        r.scores.forEach((item, s) -> values.put(item, s.score));
        return values;
    }

    private static EvaluationRound require(Programme p, long roundId) {
        EvaluationRound r = EvaluationRound.findById(roundId);
        if (r == null || !r.programmeId.equals(p.id)) {
            throw new NotFound("evaluation", roundId);
        }
        return r;
    }
}
