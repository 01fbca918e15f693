package org.tongxing.programme;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.tongxing.account.UserAccount;
import org.tongxing.common.Role;
import org.tongxing.matching.commitment.CommitmentViews;
import org.tongxing.organisation.Organisation;

/**
 * Builds the API views of programmes. The lead organisation's members see only submitted evaluations: a round
 * still being scored is the evaluator's work in progress; and they see how many pairs and groups there are, not
 * which, as they never see the member households.
 */
@ApplicationScoped
public class ProgrammeViews {

    @Inject
    ProgrammeAccess access;

    @Inject
    CommitmentViews commitmentViews;

    ProgrammeSummary summary(Programme p) {
        return new ProgrammeSummary(p.id, p.name, p.areaCode, p.leadOrganisationId,
                organisationName(p.leadOrganisationId),
                p.startsOn, p.endsOn, ProgrammeMember.count("programmeId", p.id));
    }

    ProgrammeView full(Programme p, ProgrammeView.Progress progress, ProgrammeCommitments commitments) {
        boolean manager = access.canManage(p);
        List<EvaluationRound> rounds = EvaluationRound
                .<EvaluationRound>list("programmeId = ?1 order by kind desc", p.id)
                .stream().filter(r -> manager || r.status == EvaluationRound.Status.SUBMITTED).toList();
        Map<Long, String> evaluators = UserAccount.<UserAccount>list("id in ?1",
                rounds.stream().map(r -> r.evaluatorId).toList()).stream()
                .collect(Collectors.toMap(a -> a.id, a -> a.displayName));
        return new ProgrammeView(p.id, p.name, p.areaCode, p.leadOrganisationId, organisationName(p.leadOrganisationId),
                p.startsOn, p.endsOn, p.description, ProgrammeMember.count("programmeId", p.id), progress,
                manager ? commitmentViews.pairings(commitments.pairs()) : null,
                manager ? commitmentViews.groups(commitments.groups()) : null,
                p.rubric.stream().map(ProgrammeView.RubricItemView::from).toList(),
                rounds.stream().map(r -> evaluation(p, r, evaluators.get(r.evaluatorId), commitments)).toList(),
                p.version);
    }

    ProgrammeView.EvaluationView evaluation(Programme p, EvaluationRound r, String evaluatorName) {
        return evaluation(p, r, evaluatorName, ProgrammeCommitments.of(p, ProgrammeMember.householdsOf(p.id)));
    }

    /** A round with its scores and what the programme's commitment reviews of the round's stage say. */
    private ProgrammeView.EvaluationView evaluation(Programme p, EvaluationRound r, String evaluatorName,
            ProgrammeCommitments commitments) {
        List<ProgrammeView.ScoreView> scores = p.rubric.stream().map(item -> {
            Score s = r.scores.get(item.id);
            return new ProgrammeView.ScoreView(item.id, item.name, item.weight, item.maxScore,
                    s == null ? null : s.score,
                    s == null ? null : s.comment);
        }).toList();
        return new ProgrammeView.EvaluationView(r.id, r.kind, r.evaluatorId, evaluatorName, r.status, r.weightedTotal,
                r.comment, scores, r.submittedAt, ReviewedOutcomes.of(commitments, r.kind), r.version);
    }

    private static String organisationName(long id) {
        Organisation o = Organisation.findById(id);
        return o == null ? null : o.name;
    }

    static boolean isEvaluatorRole(UserAccount a, Programme p) {
        return a != null && a.enabled && (a.role == Role.ADMIN
                || a.role == Role.CADRE && a.areaCode != null && p.areaCode.startsWith(a.areaCode));
    }
}
