package org.tongxing.claim;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.tongxing.need.NeedCategory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One service delivered under a claim. Household, helper and category are copied in for statistics. */
@Entity
@Table(name = "service_log")
public class ServiceLog extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_log_seq")
    @SequenceGenerator(name = "service_log_seq", sequenceName = "service_log_seq", allocationSize = 50)
    public Long id;

    @Column(name = "claim_id")
    public Long claimId;

    @Column(name = "need_id")
    public Long needId;

    @Column(name = "household_id")
    public Long householdId;

    @Column(name = "volunteer_id")
    public Long volunteerId;

    @Column(name = "organisation_id")
    public Long organisationId;

    @Enumerated(EnumType.STRING)
    public NeedCategory category;

    @Column(name = "served_on")
    public LocalDate servedOn;

    public BigDecimal hours;

    @Column(name = "person_times")
    public int personTimes;

    public String note;

    @Column(name = "logged_by")
    public Long loggedBy;

    @Column(name = "created_at")
    public Instant createdAt;
}
