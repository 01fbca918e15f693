package org.tongxing.matching.commitment;

import java.time.Instant;
import java.util.List;

import org.tongxing.household.Composition;
import org.tongxing.matching.Answer;
import org.tongxing.need.NeedCategory;

/**
 * A volunteer's active pairs and group seats. Families appear as on the open-requests board (street and shape,
 * no names): the case worker introduces the volunteer to the family, not an API.
 */
public record CommitmentsView(long volunteerId, List<PairCommitment> pairs, List<GroupCommitment> groups) {

    /** {@code version}: to end the pair. */
    public record PairCommitment(long pairingId, long needId, NeedCategory category, String areaCode, String areaName,
            Composition composition, Instant since, long version, Course course) {

        /** For pages: the id of this pair's reason field, unique on the page. */
        public String reasonField() {
            return fieldOf(pairingId);
        }

        public static String fieldOf(long pairingId) {
            return "end-pair-" + pairingId;
        }
    }

    /** {@code groupVersion}: to leave the seat. */
    public record GroupCommitment(long groupId, int seat, String areaCode, String areaName, String cadreName,
            List<NeedCategory> needs, int members, Instant joinedAt, long groupVersion, Answer answer,
            Course course) {

        /** For pages: the id of this seat's reason field, unique on the page. */
        public String reasonField() {
            return fieldOf(groupId);
        }

        public static String fieldOf(long groupId) {
            return "leave-group-" + groupId;
        }
    }
}
