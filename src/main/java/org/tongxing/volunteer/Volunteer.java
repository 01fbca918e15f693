package org.tongxing.volunteer;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;

import org.hibernate.annotations.BatchSize;
import org.tongxing.common.Gender;
import org.tongxing.common.PageParams;
import org.tongxing.common.VersionedEntity;
import org.tongxing.common.VettingStatus;
import org.tongxing.need.NeedCategory;

/** Someone who gives time: a counsellor, tutor, lawyer, or a former beneficiary who now helps others. */
@Entity
@BatchSize(size = PageParams.MAX_SIZE) // a page of claims reads their volunteers in one statement
public class Volunteer extends VersionedEntity {

    public String name;

    public String phone;

    public String email;

    @Enumerated(EnumType.STRING)
    public Gender gender;

    public String areaCode;

    public int availabilityMask;

    public short capacity;

    @Enumerated(EnumType.STRING)
    public VettingStatus vettingStatus;

    public Instant vettedAt;

    /** Why the vetting was refused or suspended, for the applicant; null otherwise. */
    public String vettingNote;

    /** Set when the volunteer is (or was) a member of a household in Tongxing: beneficiaries become helpers. */
    public Long linkedMemberId;

    public String bio;

    /** How far the volunteer travels to a family; the matcher proposes nobody beyond it. */
    @Enumerated(EnumType.STRING)
    public TravelRange travelRange = TravelRange.DISTRICT;

    /** The home's WGS-84 position where known; the area code is the fallback. */
    public Double latitude;

    public Double longitude;

    /** The kinds of help the volunteer would like to give (a subset of what they can): preferred when matching. */
    @ElementCollection
    @CollectionTable(name = "volunteer_preferred_category", joinColumns = @JoinColumn(name = "volunteer_id"))
    @Column(name = "category")
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 100)
    public Set<NeedCategory> preferredCategories = EnumSet.noneOf(NeedCategory.class);

    @ElementCollection
    @CollectionTable(name = "volunteer_skill", joinColumns = @JoinColumn(name = "volunteer_id"))
    @Column(name = "category")
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 100)
    public Set<NeedCategory> skills = EnumSet.noneOf(NeedCategory.class);

    @ElementCollection
    @CollectionTable(name = "volunteer_language", joinColumns = @JoinColumn(name = "volunteer_id"))
    @Column(name = "language")
    @BatchSize(size = 100)
    public Set<String> languages = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "volunteer_qualification", joinColumns = @JoinColumn(name = "volunteer_id"))
    @Column(name = "qualification")
    @BatchSize(size = 100)
    public Set<String> qualifications = new LinkedHashSet<>();

    public WeeklyAvailability availability() {
        return new WeeklyAvailability(availabilityMask);
    }
}
