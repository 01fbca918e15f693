package org.tongxing.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Runs one section's aggregate query for a scope. Queries name the scope by the parameters {@code :area}
 * (a LIKE pattern), {@code :start} and {@code :end} (instants, end exclusive) and {@code :from} and {@code :to}
 * (calendar days, both inclusive), plus the settings it is given; only those a query uses are bound.
 */
final class StatisticsSql {

    private final EntityManager em;
    private final StatisticsScope scope;
    private final Map<String, Object> settings;

    /** @param settings further named values some queries use (today, the follow-up intervals) */
    StatisticsSql(EntityManager em, StatisticsScope scope, Map<String, Object> settings) {
        this.em = em;
        this.scope = scope;
        this.settings = settings;
    }

    StatisticsScope scope() {
        return scope;
    }

    @SuppressWarnings("unchecked")
    List<Object[]> rows(String sql) {
        Query query = em.createNativeQuery(sql);
        bind(query, sql, "area", scope.areaPattern());
        bind(query, sql, "start", scope.start());
        bind(query, sql, "end", scope.end());
        bind(query, sql, "from", scope.from());
        bind(query, sql, "to", scope.to());
        settings.forEach((name, value) -> bind(query, sql, name, value));
        List<?> rows = query.getResultList();
        return rows.stream().map(r -> r instanceof Object[] a ? a : new Object[] {r}).toList();
    }

    Object[] row(String sql) {
        return rows(sql).get(0);
    }

    private static void bind(Query query, String sql, String name, Object value) {
        if (Pattern.compile("(?<!:):" + name + "\\b").matcher(sql).find()) {
            query.setParameter(name, value);
        }
    }

    static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }

    static Double real(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
