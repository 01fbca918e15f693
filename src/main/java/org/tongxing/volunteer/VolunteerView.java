package org.tongxing.volunteer;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.tongxing.common.Gender;
import org.tongxing.common.VettingStatus;
import org.tongxing.need.NeedCategory;

public record VolunteerView(long id, String name, String phone, String email, Gender gender, String areaCode,
        Set<NeedCategory> skills, Set<String> languages, Set<String> qualifications, List<String> availability,
        int capacity, VettingStatus vettingStatus, Instant vettedAt, String vettingNote, Long linkedMemberId,
        String bio, Set<NeedCategory> preferredCategories, TravelRange travelRange, Double latitude, Double longitude,
        Instant createdAt, Instant updatedAt, long version) {

    public static VolunteerView from(Volunteer v) {
        return new VolunteerView(v.id, v.name, v.phone, v.email, v.gender, v.areaCode, new TreeSet<>(v.skills),
                new TreeSet<>(v.languages), new TreeSet<>(v.qualifications), v.availability().slots(), v.capacity,
                v.vettingStatus, v.vettedAt, v.vettingNote, v.linkedMemberId, v.bio,
                new TreeSet<>(v.preferredCategories), v.travelRange, v.latitude, v.longitude, v.createdAt, v.updatedAt,
                v.version);
    }
}
