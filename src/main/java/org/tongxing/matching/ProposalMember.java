package org.tongxing.matching;

import java.util.Map;

import jakarta.persistence.Embeddable;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A volunteer a group proposal adds to a seat, with the reasons for them. */
@Embeddable
public class ProposalMember {

    public short seat;

    public long volunteerId;

    public long cost;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Long> costParts;

    public String explanationZh;

    public String explanationEn;
}
