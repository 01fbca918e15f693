package org.tongxing.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.tongxing.common.SequencedEntity;

/** A 1+3+1 group: one cadre, up to three volunteers, around one pillar mother's household. */
@Entity
public class SupportGroup extends SequencedEntity {

    public static final int SEATS = 3;

    public Long householdId;

    public Long cadreId;

    @Enumerated(EnumType.STRING)
    public CommitmentStatus status;

    public Instant formedAt;

    public Instant endedAt;

    public String endReason;

    public Long createdBy;

    public Instant updatedAt;

    @Enumerated(EnumType.STRING)
    public CommitmentStage stage;

    public LocalDate trialEndsOn;

    public Instant formalSince;

    public Instant householdConsentedAt;

    public Long householdConsentedBy;

    @Enumerated(EnumType.STRING)
    public EndKind endKind;

    public LocalDate lastContactOn;

    public short quietLevel;

    @OneToMany(mappedBy = "group", cascade = CascadeType.PERSIST)
    @OrderBy("seat, id")
    @BatchSize(size = 100)
    public List<GroupMember> members = new ArrayList<>();

    /** The mother's needs the group took on. */
    @ElementCollection
    @CollectionTable(name = "support_group_need", joinColumns = @JoinColumn(name = "support_group_id"))
    @Column(name = "need_id")
    @BatchSize(size = 100)
    public Set<Long> needIds = new LinkedHashSet<>();

    @Version
    public long version;

    public List<GroupMember> activeMembers() {
        return members.stream().filter(GroupMember::isActive).toList();
    }

    /** A member sees the mother and the others once they confirmed their seat and the household consented. */
    public boolean handedOverTo(long volunteerId) {
        return status == CommitmentStatus.ACTIVE && householdConsentedAt != null && activeMembers().stream()
                .anyMatch(m -> m.volunteerId == volunteerId && m.answer == Answer.CONFIRMED);
    }

    /** The lowest seat nobody holds, or -1 when all three are taken. */
    public int freeSeat() {
        for (int seat = 0; seat < SEATS; seat++) {
            int s = seat;
            if (activeMembers().stream().noneMatch(m -> m.seat == s)) {
                return seat;
            }
        }
        return -1;
    }

    /** Groups of these households active at some time in [from, until), by the same rule as pairs. Newest first. */
    public static List<SupportGroup> activeWithin(Collection<Long> householdIds, Instant from, Instant until) {
        return householdIds.isEmpty() ? List.of()
                : list("householdId in ?1 and formedAt < ?3 and (endedAt is null or endedAt >= ?2)"
                        + " order by formedAt desc, id desc", householdIds, from, until);
    }
}
