package org.tongxing.matching.commitment;

import java.time.Instant;
import java.util.List;

import org.tongxing.household.Composition;
import org.tongxing.matching.Answer;
import org.tongxing.matching.CommitmentStatus;
import org.tongxing.matching.review.ProposalView.Person;
import org.tongxing.need.NeedCategory;
import org.tongxing.need.NeedStatus;

/** A 1+3+1 group as staff of the area see it: its lead, its seated volunteers and the needs it took on. */
public record GroupView(long id, long householdId, String areaCode, String areaName, Composition composition,
        Person cadre,
        List<Seat> members, List<TakenNeed> needs, CommitmentStatus status, Instant formedAt, Instant endedAt,
        long version, Course course) {

    public record Seat(int seat, Person volunteer, Instant joinedAt, Answer answer) {
    }

    public record TakenNeed(long needId, NeedCategory category, NeedStatus status) {
    }

    /** For pages: the id of the reason field of the form that ends this group. */
    public String reasonField() {
        return endFieldOf(id);
    }

    /** For pages: the id of the reason field of the form that takes this volunteer out of the group. */
    public String leaveField(long volunteerId) {
        return leaveFieldOf(id, volunteerId);
    }

    public static String endFieldOf(long groupId) {
        return "end-group-" + groupId;
    }

    public static String leaveFieldOf(long groupId, long volunteerId) {
        return "leave-" + groupId + "-" + volunteerId;
    }

    /** For pages: the seated volunteers' names. */
    public List<String> memberNames() {
        return members.stream().map(seat -> seat.volunteer().name()).toList();
    }

    /** For pages: the categories of the needs it took on. */
    public List<NeedCategory> needCategories() {
        return needs.stream().map(TakenNeed::category).distinct().toList();
    }
}
