package org.tongxing.privacy;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.tongxing.account.Viewer;
import org.tongxing.common.Timestamps;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/** Appends to the disclosure log. Nothing in the application updates or deletes it; the database forbids it too. */
@ApplicationScoped
public class DisclosureLog {

    /** Identity fields of a whole case file. */
    public static final List<String> FILE_FIELDS = List.of("names", "phones", "idNumbers", "birthDates", "address",
            "disabilities", "notes");
    /** Identity fields of a household list row. */
    public static final List<String> ROW_FIELDS = List.of("contactName", "address");

    public record Entry(long householdId, Long needId, Long claimId) {
    }

    @Inject
    CurrentVertxRequest request;

    @Transactional
    public void record(Viewer viewer, Collection<Entry> entries, List<String> fields, String purpose,
            Disclosure.Channel channel) {
        var now = Timestamps.now();
        for (Entry entry : entries) {
            Disclosure d = new Disclosure();
            d.occurredAt = now;
            d.viewerId = viewer.userId();
            d.viewerUsername = viewer.username();
            d.viewerRole = viewer.role();
            d.householdId = entry.householdId();
            d.needId = entry.needId();
            d.claimId = entry.claimId();
            d.fields = String.join(",", fields);
            d.purpose = purpose;
            d.channel = channel;
            d.persist();
        }
    }

    public void record(Viewer viewer, long householdId, List<String> fields, String purpose) {
        record(viewer, List.of(new Entry(householdId, null, null)), fields, purpose, channel());
    }

    /**
     * Where the identity was shown: a page, a file exported under /api/exports, or an answer of the API (also
     * when no request is running).
     */
    public Disclosure.Channel channel() {
        if (!Arc.container().requestContext().isActive() || request.getCurrent() == null) {
            return Disclosure.Channel.API;
        }
        String path = request.getCurrent().normalizedPath();
        if (path.startsWith("/api/exports/")) {
            return Disclosure.Channel.EXPORT;
        }
        return path.startsWith("/api/") ? Disclosure.Channel.API : Disclosure.Channel.PAGE;
    }
}
