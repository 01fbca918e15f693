package org.tongxing.programme;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A household served by a programme. */
@Entity
@Table(name = "programme_household")
@IdClass(ProgrammeMember.Key.class)
public class ProgrammeMember extends PanacheEntityBase {

    public record Key(Long programmeId, Long householdId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "programme_id")
    public Long programmeId;

    @Id
    @Column(name = "household_id")
    public Long householdId;

    @Column(name = "joined_at")
    public Instant joinedAt;

    @Column(name = "added_by")
    public Long addedBy;

    static List<Long> householdsOf(long programmeId) {
        return getEntityManager().createQuery("select m.householdId from ProgrammeMember m where m.programmeId = :p"
                + " order by m.householdId", Long.class).setParameter("p", programmeId).getResultList();
    }
}
