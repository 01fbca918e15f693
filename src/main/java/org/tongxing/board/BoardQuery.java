package org.tongxing.board;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ws.rs.QueryParam;

import org.tongxing.need.NeedCategory;
import org.tongxing.need.Urgency;
import org.tongxing.ui.FormValues;

/**
 * The board's filters as the page's form sends them (names as in the API), read leniently, and the links that
 * keep them: the next page (keyset cursor) and back to the first.
 */
public class BoardQuery {

    @QueryParam("category")
    public String category;

    @QueryParam("areaPrefix")
    public String areaPrefix;

    @QueryParam("urgency")
    public String urgency;

    @QueryParam("wantedBefore")
    public String wantedBefore;

    @QueryParam("q")
    public String q;

    @QueryParam("cursor")
    public String cursor;

    /** The "only what I can claim" box; {@code choice} says the form was sent, so an unticked box counts. */
    @QueryParam("claimableOnly")
    public String claimableOnly;

    @QueryParam("choice")
    public String choice;

    /** Whether the board shows only what the reader can claim, once {@link #toFilter} has decided it. */
    public boolean onlyClaimable;

    /** The filter; "only what I can claim" is ticked unless the reader untied it, when {@code byDefault}. */
    public BoardFilter toFilter(int size, boolean byDefault) {
        BoardFilter filter = new BoardFilter();
        filter.claimableOnly = choice == null ? byDefault : "true".equals(claimableOnly);
        onlyClaimable = filter.claimableOnly;
        filter.category = FormValues.enumValue(NeedCategory.class, category);
        filter.areaPrefix = FormValues.text(areaPrefix);
        filter.urgency = FormValues.enumValue(Urgency.class, urgency);
        filter.wantedBefore = FormValues.date(wantedBefore);
        filter.q = FormValues.text(q);
        filter.cursor = FormValues.text(cursor);
        filter.size = size;
        return filter;
    }

    /** Narrowed by more than the keyword: the page then shows those filters opened. */
    public boolean narrowed() {
        Map<String, String> params = filters();
        params.remove("q");
        params.remove("claimableOnly");
        params.remove("choice");
        return !params.isEmpty();
    }

    public boolean filtered() {
        return !filters().isEmpty();
    }

    public String first() {
        return href(filters());
    }

    public String after(String nextCursor) {
        Map<String, String> params = filters();
        params.put("cursor", nextCursor);
        return href(params);
    }

    private Map<String, String> filters() {
        Map<String, String> params = new LinkedHashMap<>();
        put(params, "category", category);
        put(params, "areaPrefix", areaPrefix);
        put(params, "urgency", urgency);
        put(params, "wantedBefore", wantedBefore);
        put(params, "q", q);
        put(params, "claimableOnly", claimableOnly);
        put(params, "choice", choice);
        return params;
    }

    private static void put(Map<String, String> params, String name, String value) {
        if (FormValues.text(value) != null) {
            params.put(name, value.strip());
        }
    }

    private static String href(Map<String, String> params) {
        return "/board" + (params.isEmpty() ? "" : "?" + params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }
}
