package org.tongxing.household;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import org.tongxing.privacy.CaseFile;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The case file of one family ("one household, one file"). */
@Entity
public class Household extends PanacheEntityBase implements CaseFile {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "household_seq")
    @SequenceGenerator(name = "household_seq", sequenceName = "household_seq", allocationSize = 50)
    public Long id;

    @Column(name = "area_code")
    public String areaCode;

    @Column(name = "address_line")
    public String addressLine;

    @Enumerated(EnumType.STRING)
    @Column(name = "hardship_category")
    public HardshipCategory hardshipCategory;

    @Enumerated(EnumType.STRING)
    public Composition composition;

    @Enumerated(EnumType.STRING)
    public Tier tier;

    public String summary;

    @Column(name = "contact_member_id")
    public Long contactMemberId;

    @Column(name = "consent_data_processing")
    public boolean consentDataProcessing;

    @Column(name = "consent_share_contact")
    public boolean consentShareContact;

    @Column(name = "consent_recorded_at")
    public Instant consentRecordedAt;

    @OneToMany(mappedBy = "household", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<HouseholdMember> members = new ArrayList<>();

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

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
