package org.tongxing.area;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A node of the address tree: district, street, community or compound. Reference data, rarely changed. */
@Entity
public class Area extends PanacheEntityBase {

    @Id
    public String code;

    public String parentCode;

    @Enumerated(EnumType.STRING)
    public AreaLevel level;

    public String nameZh;

    public String nameEn;

    public static List<Area> childrenOf(String parentCode) {
        return parentCode == null
                ? list("parentCode is null order by code")
                : list("parentCode = ?1 order by code", parentCode);
    }

    public static List<Area> within(String prefix) {
        return list("code like ?1 order by code", prefix + "%");
    }
}
