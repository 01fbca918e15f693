package org.tongxing.web.pages;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Test-only: a page that fails the way a bug would, to show what its reader then sees. */
@Path("/test-support/failing-page")
@PermitAll
public class FailingPage {

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String fail() {
        throw new IllegalStateException("a bug in a page, with a detail that must stay in the log");
    }
}
