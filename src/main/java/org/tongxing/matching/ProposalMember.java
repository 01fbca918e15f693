package org.tongxing.matching;

import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A volunteer a group proposal adds to a seat, with the reasons for them. */
@Embeddable
public class ProposalMember {

    public short seat;

    @Column(name = "volunteer_id")
    public long volunteerId;

    public long cost;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "cost_parts")
    public Map<String, Long> costParts;

    @Column(name = "explanation_zh")
    public String explanationZh;

    @Column(name = "explanation_en")
    public String explanationEn;
}
