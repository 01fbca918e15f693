package org.tongxing.report;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.tongxing.area.Area;
import org.tongxing.area.AreaCode;
import org.tongxing.area.AreaLevel;
import org.tongxing.common.Roles;
import org.tongxing.privacy.AccessPolicy;
import org.tongxing.ui.FormErrors;
import org.tongxing.ui.FormValues;
import org.tongxing.ui.PageLocale;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The statistics dashboard: a chart and a table per section, and the downloads. Complete without JavaScript. */
@Path("/statistics")
@RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
@Produces(MediaType.TEXT_HTML)
public class StatisticsPage {

    /** An area the form offers, indented by its level. */
    public record AreaChoice(String code, String name, int depth) {
    }

    /** What the form was sent with, echoed back, and the query string the download links repeat. */
    public record Form(String area, String from, String to, String query) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Form form, List<AreaChoice> areas, String areaName, String period,
                List<Table> tables, FormErrors errors);
    }

    @Inject
    StatisticsService statistics;

    @Inject
    AccessPolicy access;

    @Inject
    PageLocale locale;

    @GET
    public Response dashboard(@QueryParam("area") String area, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        ReportLabels labels = ReportLabels.of(locale.get());
        StatisticsQuery query = StatisticsQuery.of(AreaCode.isValid(area) ? area : null, FormValues.date(from),
                FormValues.date(to));
        try {
            StatisticsScope scope = statistics.scope(query);
            Statistics result = statistics.compute(scope);
            Form form = new Form(scope.area(), scope.from().toString(), scope.to().toString(),
                    query(scope));
            return Response.ok(Templates.dashboard(form, choices(labels), areaName(scope.area(), labels),
                    labels.rp.period(labels.date(scope.from()), labels.date(scope.to())), result.tables(labels),
                    FormErrors.none())).build();
        } catch (InvalidDateRange e) {
            Form form = new Form(query.area, from, to, "");
            FormErrors errors = new FormErrors(Map.of("from", labels.rp.error_range()), null);
            return Response.status(400)
                    .entity(Templates.dashboard(form, choices(labels), null, null, List.of(), errors))
                    .build();
        }
    }

    /** The district, streets and communities of the viewer's area; compounds are too small to count on their own. */
    private List<AreaChoice> choices(ReportLabels labels) {
        String scope = access.caseAreaScope();
        List<Area> areas = scope == null ? Area.list("level <> ?1 order by code", AreaLevel.COMPOUND)
                : Area.within(scope).stream().filter(a -> a.level != AreaLevel.COMPOUND).toList();
        int top = scope == null ? AreaLevel.DISTRICT.codeLength() : scope.length();
        return areas.stream().map(a -> new AreaChoice(a.code, labels.english() ? a.nameEn : a.nameZh,
                (a.code.length() - top) / 3)).toList();
    }

    /** The scope as query parameters, for the download links (codes and ISO dates need no escaping). */
    static String query(StatisticsScope scope) {
        return (scope.area() == null ? "" : "area=" + scope.area() + "&") + "from=" + scope.from() + "&to="
                + scope.to();
    }

    private static String areaName(String code, ReportLabels labels) {
        return code == null ? labels.rp.whole_instance() : labels.areaName(code);
    }
}
