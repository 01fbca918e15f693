package org.tongxing.cadre;

import java.time.Instant;

import org.tongxing.common.Gender;

public record CadreView(long id, String name, String phone, String email, Gender gender, String unit, String title,
        String areaCode, int capacity, Instant createdAt, Instant updatedAt, long version) {

    public static CadreView from(Cadre c) {
        return new CadreView(c.id, c.name, c.phone, c.email, c.gender, c.unit, c.title, c.areaCode, c.capacity,
                c.createdAt, c.updatedAt, c.version);
    }
}
