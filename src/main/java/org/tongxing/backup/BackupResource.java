package org.tongxing.backup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxing.account.CurrentViewer;
import org.tongxing.common.Roles;

/** The whole database as one file, for administrators only: it holds every family's identity. */
@Path("/api/admin/backup")
@Tag(name = "Backup", description = "Online backups; restoring is a start-up option (see the README)")
public class BackupResource {

    static final String ZIP = "application/zip";

    @Inject
    Backups backups;

    @Inject
    CurrentViewer viewer;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "200", description = "The backup, as an attachment",
            content = @Content(mediaType = ZIP))
    @Operation(summary = "A consistent backup of every table, streamed as a ZIP",
            description = "manifest.json (schema version, row counts, SHA-256 per table, sequences) and one COPY text "
                    + "entry per table, read in one snapshot while the service runs. Every household in it is recorded "
                    + "in the disclosure log (purpose BACKUP). Restore with -Dtongxing.backup.restore-from.")
    public Response backup() {
        Backup backup = backups.take(viewer.get());
        StreamingOutput body = backup::writeTo;
        return Response.ok(body, ZIP)
                .header("Content-Disposition", "attachment; filename=\"" + backup.fileName() + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
