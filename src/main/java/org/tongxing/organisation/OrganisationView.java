package org.tongxing.organisation;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

import org.tongxing.common.VettingStatus;
import org.tongxing.need.NeedCategory;

public record OrganisationView(long id, String name, OrganisationKind kind, String creditCode, String contactName,
        String contactPhone, String email, String areaCode, Set<NeedCategory> serviceCategories,
        VettingStatus vettingStatus, Instant vettedAt, String vettingNote, String description, Instant createdAt,
        Instant updatedAt,
        long version) {

    public static OrganisationView from(Organisation o) {
        return new OrganisationView(o.id, o.name, o.kind, o.creditCode, o.contactName, o.contactPhone, o.email,
                o.areaCode, new TreeSet<>(o.serviceCategories), o.vettingStatus, o.vettedAt, o.vettingNote,
                o.description,
                o.createdAt, o.updatedAt, o.version);
    }
}
