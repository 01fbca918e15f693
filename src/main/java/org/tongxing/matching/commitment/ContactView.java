package org.tongxing.matching.commitment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.tongxing.claim.ServiceLog;
import org.tongxing.matching.CommitmentContact;
import org.tongxing.matching.ContactChannel;
import org.tongxing.matching.Dimension;

/** A contact as its commitment's members and case workers see it, with its service-log row's figures. */
public record ContactView(long id, long serviceLogId, LocalDate contactedOn, BigDecimal hours, int personTimes,
        ContactChannel channel, List<String> participants, List<Dimension> dimensions, String summary,
        String followUp, Instant createdAt) {

    static ContactView from(CommitmentContact c, ServiceLog s) {
        return new ContactView(c.id, s.id, s.servedOn, s.hours, s.personTimes, c.channel,
                List.of(c.participants.split(",")), c.dimensionList(), s.note, c.followUp, c.createdAt);
    }
}
