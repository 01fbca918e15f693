package org.tongxing.programme;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

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
    public Long programmeId;

    @Id
    public Long householdId;

    public Instant joinedAt;

    public Long addedBy;

    static List<Long> householdsOf(long programmeId) {
        return getEntityManager().createQuery("select m.householdId from ProgrammeMember m where m.programmeId = :p"
                + " order by m.householdId", Long.class).setParameter("p", programmeId).getResultList();
    }
}
