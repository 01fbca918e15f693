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
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.tongxing.common.Gender;
import org.tongxing.common.VettingStatus;
import org.tongxing.need.NeedCategory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Someone who gives time: a counsellor, tutor, lawyer, or a former beneficiary who now helps others. */
@Entity
public class Volunteer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "volunteer_seq")
    @SequenceGenerator(name = "volunteer_seq", sequenceName = "volunteer_seq", allocationSize = 50)
    public Long id;

    public String name;

    public String phone;

    public String email;

    @Enumerated(EnumType.STRING)
    public Gender gender;

    @Column(name = "area_code")
    public String areaCode;

    @Column(name = "availability_mask")
    public int availabilityMask;

    public short capacity;

    @Enumerated(EnumType.STRING)
    @Column(name = "vetting_status")
    public VettingStatus vettingStatus;

    @Column(name = "vetted_at")
    public Instant vettedAt;

    /** Set when the volunteer is (or was) a member of a household in Tongxing: beneficiaries become helpers. */
    @Column(name = "linked_member_id")
    public Long linkedMemberId;

    public String bio;

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

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public WeeklyAvailability availability() {
        return new WeeklyAvailability(availabilityMask);
    }
}
