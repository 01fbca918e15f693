package org.tongxing.matching;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A volunteer in one of a group's three seats, until they leave it. */
@Entity
@Table(name = "support_group_member")
public class GroupMember extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_group_member_seq")
    @SequenceGenerator(name = "support_group_member_seq", sequenceName = "support_group_member_seq",
            allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "support_group_id")
    public SupportGroup group;

    public short seat;

    public Long volunteerId;

    public Long proposalId;

    public Instant joinedAt;

    public Instant leftAt;

    public String leftReason;

    @Enumerated(EnumType.STRING)
    public Answer answer;

    public Instant answerDue;

    public boolean sharesPhone;

    public boolean isActive() {
        return leftAt == null;
    }
}
