package org.tongxing.household;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;

import org.hibernate.annotations.BatchSize;
import org.tongxing.common.Gender;
import org.tongxing.common.PageParams;
import org.tongxing.common.VersionedEntity;
import org.tongxing.privacy.CaseFile;

/** The case file of one family ("one household, one file"). */
@Entity
@BatchSize(size = PageParams.MAX_SIZE) // a page of needs reads their households in one statement
public class Household extends VersionedEntity implements CaseFile {

    public String areaCode;

    public String addressLine;

    @Enumerated(EnumType.STRING)
    public HardshipCategory hardshipCategory;

    @Enumerated(EnumType.STRING)
    public Composition composition;

    @Enumerated(EnumType.STRING)
    public Tier tier;

    public String summary;

    public Long contactMemberId;

    public boolean consentDataProcessing;

    public boolean consentShareContact;

    public Instant consentRecordedAt;

    /** What the family said (see {@link FamilyPreferences}): its languages, own first; empty when not said. */
    @ElementCollection
    @CollectionTable(name = "household_language", joinColumns = @JoinColumn(name = "household_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "language")
    @BatchSize(size = PageParams.MAX_SIZE)
    public List<String> languages = new ArrayList<>();

    /** Weekly free slots as a mask ({@link org.tongxing.common.WeekSlots}); null when the family did not say. */
    public Integer availabilityMask;

    @Enumerated(EnumType.STRING)
    public Gender genderWish;

    @Enumerated(EnumType.STRING)
    public GenderWishFor genderWishFor;

    @Enumerated(EnumType.STRING)
    public PreferredContact contactChannel;

    /** The home's WGS-84 position where known; the area code (down to the compound) is the fallback. */
    public Double latitude;

    public Double longitude;

    /** A page of households (or of their needs) reads the members of all of them in one statement. */
    @OneToMany(mappedBy = "household", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @BatchSize(size = PageParams.MAX_SIZE)
    public List<HouseholdMember> members = new ArrayList<>();

    @Override
    public long caseFileId() {
        return id;
    }

    @Override
    public String caseFileArea() {
        return areaCode;
    }

    public HouseholdMember member(long memberId) {
        return members.stream().filter(m -> m.id == memberId).findFirst().orElse(null);
    }
}
