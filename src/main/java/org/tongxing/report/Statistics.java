package org.tongxing.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The statistics of one area and period, each section counted by the database. A section is a record with its
 * query and its table; adding one takes a component here and a line in {@link #tables}.
 *
 * @param area the area counted; null for the whole instance
 */
public record Statistics(String area, String areaName, LocalDate from, LocalDate to, HouseholdCounts households,
        NeedCounts needs, ResponseTimes responseTimes, ClaimCounts claims, ServiceCounts services,
        PairingCounts pairings, VisitCounts visits, SatisfactionCounts satisfaction,
        BecameVolunteers becameVolunteers) {

    /** The sections as tables, in the order the dashboard and the exports show them. */
    List<Table> tables(ReportLabels labels) {
        return List.of(households.table(labels), needs.table(labels), responseTimes.table(labels), claims.table(labels),
                services.table(labels), pairings.table(labels), visits.table(labels), satisfaction.table(labels),
                becameVolunteers.table(labels));
    }
}
