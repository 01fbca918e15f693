package org.tongxing.organisation;

import java.time.Instant;
import java.util.EnumSet;
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
import org.tongxing.common.VettingStatus;
import org.tongxing.need.NeedCategory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A charity, social-work agency or caring enterprise that claims and delivers needs as a body. */
@Entity
public class Organisation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
    public Long id;

    public String name;

    @Enumerated(EnumType.STRING)
    public OrganisationKind kind;

    /** 统一社会信用代码. */
    @Column(name = "credit_code")
    public String creditCode;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_phone")
    public String contactPhone;

    public String email;

    @Column(name = "area_code")
    public String areaCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "vetting_status")
    public VettingStatus vettingStatus;

    @Column(name = "vetted_at")
    public Instant vettedAt;

    public String description;

    @ElementCollection
    @CollectionTable(name = "organisation_service_category", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "category")
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 100)
    public Set<NeedCategory> serviceCategories = EnumSet.noneOf(NeedCategory.class);

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
