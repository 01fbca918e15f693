package org.tongxing.matching;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.tongxing.common.SequencedEntity;

/**
 * One contact of a pair or group (the case-contact log). Date, hours, person-times and what was done live in its
 * service-log row, so that claims and commitments count in one service model; here is what only a contact has.
 */
@Entity
public class CommitmentContact extends SequencedEntity {

    public Long serviceLogId;

    public Long pairingId;

    public Long supportGroupId;

    @Enumerated(EnumType.STRING)
    public ContactChannel channel;

    /** The dimensions it helped in, comma-separated, first the one it counts as. */
    public String dimensions;

    /** Who took part, comma-separated names as the recorder wrote them. */
    public String participants;

    public String followUp;

    public Instant createdAt;

    public List<Dimension> dimensionList() {
        return Arrays.stream(dimensions.split(",")).map(Dimension::valueOf).toList();
    }
}
