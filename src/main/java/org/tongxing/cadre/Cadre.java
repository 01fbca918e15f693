package org.tongxing.cadre;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import org.tongxing.common.Gender;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A women's-federation cadre or street official who leads 1+3+1 groups and approves matches. */
@Entity
public class Cadre extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cadre_seq")
    @SequenceGenerator(name = "cadre_seq", sequenceName = "cadre_seq", allocationSize = 50)
    public Long id;

    public String name;

    public String phone;

    public String email;

    @Enumerated(EnumType.STRING)
    public Gender gender;

    /** The body they serve in, e.g. 区妇联 or 水南街道办. */
    public String unit;

    public String title;

    @Column(name = "area_code")
    public String areaCode;

    /** How many 1+3+1 groups they can lead at once. */
    public short capacity;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
