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
import jakarta.persistence.JoinColumn;

import org.hibernate.annotations.BatchSize;
import org.tongxing.common.PageParams;
import org.tongxing.common.VersionedEntity;
import org.tongxing.common.VettingStatus;
import org.tongxing.need.NeedCategory;

/** A charity, social-work agency or caring enterprise that claims and delivers needs as a body. */
@Entity
@BatchSize(size = PageParams.MAX_SIZE) // a page of claims reads their organisations in one statement
public class Organisation extends VersionedEntity {

    public String name;

    @Enumerated(EnumType.STRING)
    public OrganisationKind kind;

    /** 统一社会信用代码. */
    public String creditCode;

    public String contactName;

    public String contactPhone;

    public String email;

    public String areaCode;

    @Enumerated(EnumType.STRING)
    public VettingStatus vettingStatus;

    public Instant vettedAt;

    /** Why the vetting was refused or suspended, for the applicant; null otherwise. */
    public String vettingNote;

    public String description;

    @ElementCollection
    @CollectionTable(name = "organisation_service_category", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "category")
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 100)
    public Set<NeedCategory> serviceCategories = EnumSet.noneOf(NeedCategory.class);
}
