package org.tongxing.programme;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A programme ("顶梁柱母亲2027 · 建阳区"): a lead organisation serves member households in an area over a period,
 * towards goals, and is evaluated on a rubric of weighted items.
 */
@Entity
public class Programme extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_seq")
    @SequenceGenerator(name = "programme_seq", sequenceName = "programme_seq", allocationSize = 50)
    public Long id;

    public String name;

    @Column(name = "area_code")
    public String areaCode;

    @Column(name = "lead_organisation_id")
    public Long leadOrganisationId;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    public String description;

    @ElementCollection
    @CollectionTable(name = "programme_goal", joinColumns = @JoinColumn(name = "programme_id"))
    @MapKeyColumn(name = "metric")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "target")
    public Map<GoalMetric, BigDecimal> goals = new LinkedHashMap<>();

    @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<RubricItem> rubric = new ArrayList<>();

    @Column(name = "created_by")
    public Long createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
