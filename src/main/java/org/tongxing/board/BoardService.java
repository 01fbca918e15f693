package org.tongxing.board;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.tongxing.account.Viewer;
import org.tongxing.claim.ClaimStanding;
import org.tongxing.claim.Standing;
import org.tongxing.common.ChinaTime;
import org.tongxing.common.Filter;
import org.tongxing.common.Role;
import org.tongxing.household.Household;
import org.tongxing.need.Need;
import org.tongxing.need.NeedCategory;
import org.tongxing.need.NeedStatus;
import org.tongxing.need.NeedViews;
import org.tongxing.need.Urgency;
import org.tongxing.need.Visibility;
import org.tongxing.privacy.AccessPolicy;
import org.tongxing.privacy.ViewLevel;

/**
 * The open-requests board (开放认领): open needs escalated far enough to reach the viewer, in the public
 * form, most urgent first and then oldest, searched over the redacted text only.
 */
@ApplicationScoped
public class BoardService {

    /**
     * Most urgent first, then oldest. The rank is negated so that the whole order is ascending and one row
     * comparison (the cursor) bounds an index range: need_board_idx is on (-urgency_rank, created_at, id).
     */
    private static final String ORDER = " order by -urgencyRank, createdAt, id";
    private static final String NOWHERE = "-";

    @Inject
    AccessPolicy access;

    @Inject
    NeedViews views;

    @Inject
    ClaimStanding standing;

    public BoardPage page(BoardFilter filter) {
        Viewer viewer = access.viewer();
        Standing mine = claimant(viewer) ? standing.of(viewer) : null;
        Set<NeedCategory> claimable = filter.claimableOnly && mine != null ? claimable(viewer, mine) : null;
        if (claimable != null && claimable.isEmpty()) {
            return new BoardPage(List.of(), null, mine);
        }
        Filter where = reach(viewer)
                .where("category in :claimable", "claimable", claimable)
                .equal("category", filter.category)
                .startsWith("areaCode", filter.areaPrefix)
                // The negated rank, as it leads the board's index: then one urgency is one index range.
                .where("-urgencyRank = :negatedUrgency", "negatedUrgency",
                        filter.urgency == null ? null : (short) -rank(filter.urgency))
                .where("wantedBy < :wantedBefore", "wantedBefore", filter.wantedBefore)
                .where(textMatch(filter.q), "q", contains(filter.q))
                // Only a candidate test (see V8_2): it lets the bigram index narrow the search; LIKE decides.
                .where("function('board_text_may_contain', publicDescription, :term) = true", "term",
                        bigramTerm(filter.q));
        if (filter.cursor != null && !filter.cursor.isBlank()) {
            BoardCursor after = BoardCursor.decode(filter.cursor);
            where.where("(-urgencyRank, createdAt, id) > (:negatedRank, :c, :last)",
                    Map.of("negatedRank", (short) -after.urgencyRank(), "c", after.createdAt(), "last", after.id()));
        }
        List<Need> found = Need.<Need>find(where.query() + ORDER, where.parameters()).page(0, filter.size + 1).list();
        boolean more = found.size() > filter.size;
        List<Need> shown = more ? found.subList(0, filter.size) : found;
        return new BoardPage(items(viewer, mine, shown),
                more ? BoardCursor.after(shown.get(shown.size() - 1)).encode() : null, mine);
    }

    /** The categories a claimant may claim now: none while their standing or vetting refuses every claim. */
    private Set<NeedCategory> claimable(Viewer viewer, Standing mine) {
        if (!mine.mayClaim()) {
            return Set.of();
        }
        Function<NeedCategory, String> whyNot = standing.eligibility(viewer);
        return EnumSet.allOf(NeedCategory.class).stream().filter(c -> whyNot.apply(c) == null)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(NeedCategory.class)));
    }

    /** Open needs that are public, or escalated to the viewer's street or district. */
    private static Filter reach(Viewer viewer) {
        String area = viewer.areaCode() == null ? "" : viewer.areaCode();
        String district = area.length() >= 6 ? area.substring(0, 6) + "%" : NOWHERE;
        String street = area.length() >= 9 ? area.substring(0, 9) + "%" : NOWHERE;
        return new Filter().equal("status", NeedStatus.OPEN)
                .where("(visibility = :public or (visibility = :district and areaCode like :inDistrict)"
                        + " or (visibility = :street and areaCode like :inStreet))",
                        Map.of("public", Visibility.PUBLIC, "district", Visibility.DISTRICT, "inDistrict", district,
                                "street", Visibility.STREET, "inStreet", street));
    }

    private List<BoardItem> items(Viewer viewer, Standing mine, List<Need> needs) {
        Map<Long, Household> households = Household.<Household>list("id in ?1",
                needs.stream().map(n -> n.householdId).distinct().toList()).stream()
                .collect(Collectors.toMap(h -> h.id, h -> h));
        Function<NeedCategory, String> whyNot = claimant(viewer) ? standing.eligibility(viewer)
                : category -> "Only volunteers and organisations claim needs";
        LocalDate today = ChinaTime.today();
        return needs.stream().map(n -> {
            String reason = mine != null && !mine.mayClaim() ? mine.refusal() : whyNot.apply(n.category);
            return new BoardItem(views.of(ViewLevel.PUBLIC, n, households.get(n.householdId), null), reason == null,
                    reason, n.wantedBy != null && n.wantedBy.isBefore(today));
        }).toList();
    }

    private static boolean claimant(Viewer viewer) {
        return viewer.is(Role.VOLUNTEER) || viewer.is(Role.ORG_MEMBER);
    }

    /** As need.urgency_rank is generated from need.urgency. */
    private static short rank(Urgency urgency) {
        return (short) switch (urgency) {
            case CRITICAL -> 4;
            case HIGH -> 3;
            case NORMAL -> 2;
            case LOW -> 1;
        };
    }

    /**
     * Case-insensitive where case exists: a term with no cased letters (Chinese, digits) is matched as it is,
     * which spares lower-casing every description read; either form can use the trigram index.
     */
    private static String textMatch(String q) {
        boolean cased = q != null && !q.toLowerCase(Locale.ROOT).equals(q.toUpperCase(Locale.ROOT));
        return "publicDescription " + (cased ? "ilike" : "like") + " :q escape '!'";
    }

    /** A term of two characters or more, which has bigrams to look up; shorter ones are left to LIKE alone. */
    private static String bigramTerm(String q) {
        String term = q == null ? "" : q.strip();
        return term.codePointCount(0, term.length()) >= 2 ? term : null;
    }

    private static String contains(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        // '!' escapes LIKE's wildcards, so that a search for "%" finds a literal percent sign only.
        String escaped = q.strip().replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
