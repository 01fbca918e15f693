package org.tongxing.cadre;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.tongxing.common.Gender;
import org.tongxing.common.VersionedEntity;

/** A women's-federation cadre or street official who leads 1+3+1 groups and approves matches. */
@Entity
public class Cadre extends VersionedEntity {

    public String name;

    public String phone;

    public String email;

    @Enumerated(EnumType.STRING)
    public Gender gender;

    /** The body they serve in, e.g. 区妇联 or 水南街道办. */
    public String unit;

    public String title;

    public String areaCode;

    /** How many 1+3+1 groups they can lead at once. */
    public short capacity;
}
