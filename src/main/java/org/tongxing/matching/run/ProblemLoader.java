package org.tongxing.matching.run;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.tongxing.matching.MatchingConflict;
import org.tongxing.matching.RunKind;
import org.tongxing.matching.domain.KeptApart;
import org.tongxing.matching.solver.MatchingProblem;

/**
 * Reads a run's problem from the database in one read-only, repeatable-read transaction, so that every query
 * sees the same moment: a pair accepted half-way through loading cannot be counted twice or not at all.
 */
@ApplicationScoped
public class ProblemLoader {

    /** @param pinned confirmed pairs, or confirmed group leads and seats, kept as they are */
    public record Loaded(MatchingProblem problem, int requests, int volunteers, int pinned) {
    }

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Loaded load(RunKind kind, String scope) {
        em.createNativeQuery("set transaction isolation level repeatable read, read only").executeUpdate();
        em.unwrap(Session.class).setDefaultReadOnly(true);
        return kind == RunKind.PAIRS ? PairsProblem.load(scope) : GroupsProblem.load(scope);
    }

    static List<KeptApart> conflicts(Collection<Long> householdIds) {
        if (householdIds.isEmpty()) {
            return List.of();
        }
        return MatchingConflict.<MatchingConflict>list("householdId in ?1", List.copyOf(householdIds)).stream()
                .map(c -> new KeptApart(c.volunteerId, c.householdId)).toList();
    }
}
