package org.tongxing.programme;

import java.math.BigDecimal;
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
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import org.tongxing.common.VersionedEntity;

/**
 * A programme ("顶梁柱母亲2027 · 建阳区"): a lead organisation serves member households in an area over a period,
 * towards goals, and is evaluated on a rubric of weighted items.
 */
@Entity
public class Programme extends VersionedEntity {

    public String name;

    public String areaCode;

    public Long leadOrganisationId;

    public LocalDate startsOn;

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

    public Long createdBy;
}
