package org.tongxing.matching;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;

import org.tongxing.common.SequencedEntity;

/**
 * A mid-term or final review of one pair or group, filled in by its three sides: the family's rating, the
 * volunteer's, and the cadre's outcome per dimension ({@code improved} when any dimension is better).
 */
@Entity
public class CommitmentReview extends SequencedEntity {

    public Long pairingId;

    public Long supportGroupId;

    public Long householdId;

    @Enumerated(EnumType.STRING)
    public ReviewKind kind;

    public Short familyRating;

    public String familyComment;

    public Long familyBy;

    public Short volunteerRating;

    public String volunteerComment;

    public Long volunteerBy;

    /** "SCHOOLING:BETTER,HEALTH:SAME". */
    public String outcomes;

    public Boolean improved;

    public Long outcomeBy;

    public Instant updatedAt;

    @Version
    public long version;

    public Map<Dimension, Outcome> outcomeMap() {
        Map<Dimension, Outcome> map = new LinkedHashMap<>();
        if (outcomes != null) {
            Arrays.stream(outcomes.split(",")).map(o -> o.split(":"))
                    .forEach(o -> map.put(Dimension.valueOf(o[0]), Outcome.valueOf(o[1])));
        }
        return map;
    }
}
