package org.tongxing.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxing.common.Roles;
import org.tongxing.household.HouseholdFilter;
import org.tongxing.need.NeedFilter;
import org.tongxing.ui.PageLocale;

/**
 * Downloads as CSV (UTF-8 with BOM) or XLSX, streamed. Lists are masked exactly as on screen, because they are
 * built by the same mappings; every list with identity fields is recorded in the disclosure log (channel EXPORT).
 * Headers and labels follow the page language (cookie tx_lang, else Accept-Language).
 */
@Path("/api/exports")
@Tag(name = "Statistics")
public class ExportResource {

    @Inject
    StatisticsExport statistics;

    @Inject
    HouseholdExport households;

    @Inject
    NeedExport needs;

    @Inject
    ServiceRecordExport services;

    @Inject
    PageLocale locale;

    @GET
    @Path("/statistics")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
    @APIResponse(responseCode = "200", description = "The file, as an attachment", content = {
            @Content(mediaType = ExportFormat.CSV_TYPE), @Content(mediaType = ExportFormat.XLSX_TYPE)})
    @Operation(summary = "The statistics of an area and period as a file", description = "format=CSV or XLSX; "
            + "area, from and to as for GET /api/statistics")
    public Response statistics(@QueryParam("format") @DefaultValue("CSV") ExportFormat format,
            @Valid @BeanParam StatisticsQuery query) {
        return file(format, statistics.prepare(query, format));
    }

    @GET
    @Path("/households")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
    @APIResponse(responseCode = "200", description = "The file, as an attachment", content = {
            @Content(mediaType = ExportFormat.CSV_TYPE), @Content(mediaType = ExportFormat.XLSX_TYPE)})
    @Operation(summary = "The case files of your area as a file, as the household list shows them",
            description = "format=CSV or XLSX; the filters of GET /api/households. Recorded in the disclosure log.")
    public Response households(@QueryParam("format") @DefaultValue("CSV") ExportFormat format,
            @Valid @BeanParam HouseholdFilter filter) {
        return file(format, households.prepare(filter));
    }

    @GET
    @Path("/needs")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER, Roles.FAMILY})
    @APIResponse(responseCode = "200", description = "The file, as an attachment", content = {
            @Content(mediaType = ExportFormat.CSV_TYPE), @Content(mediaType = ExportFormat.XLSX_TYPE)})
    @Operation(summary = "The needs of your case files (a family: its own) as a file, as the need list shows them",
            description = "format=CSV or XLSX; the filters of GET /api/needs. Recorded in the disclosure log.")
    public Response needs(@QueryParam("format") @DefaultValue("CSV") ExportFormat format,
            @Valid @BeanParam NeedFilter filter) {
        return file(format, needs.prepare(filter));
    }

    @GET
    @Path("/service-records")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER, Roles.VOLUNTEER, Roles.ORG_MEMBER, Roles.FAMILY})
    @APIResponse(responseCode = "200", description = "The file, as an attachment", content = {
            @Content(mediaType = ExportFormat.CSV_TYPE), @Content(mediaType = ExportFormat.XLSX_TYPE)})
    @Operation(summary = "Service records you may see, one row per service, as a file",
            description = "format=CSV or XLSX; from, to (days served, inclusive); areaPrefix for staff. Each need is "
                    + "shown at the level you may see it; identity shown is recorded in the disclosure log.")
    public Response serviceRecords(@QueryParam("format") @DefaultValue("CSV") ExportFormat format,
            @Valid @BeanParam ServiceExportQuery query) {
        return file(format, services.prepare(query));
    }

    private Response file(ExportFormat format, Export export) {
        ReportLabels labels = ReportLabels.of(locale.get());
        Export.FileName name = export.fileName(labels);
        StreamingOutput body = out -> {
            try (SheetWriter writer = format.open(out)) {
                export.write(writer, labels);
            }
        };
        return Response.ok(body, format.mediaType())
                .header("Content-Disposition", ContentDisposition.attachment(name.name() + "." + format.extension(),
                        name.ascii() + "." + format.extension()))
                .build();
    }
}
