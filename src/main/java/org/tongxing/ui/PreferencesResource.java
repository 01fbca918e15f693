package org.tongxing.ui;

import java.net.URI;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The reader's own display preferences, kept in cookies: language, and large text for older eyes. A signed-in
 * reader's language is also remembered on the account ({@link LanguageChosen}) for the notices they receive.
 */
@Path("/ui")
@PermitAll
@Tag(name = "Pages")
public class PreferencesResource {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Inject
    Event<LanguageChosen> chosenLanguage;

    @GET
    @Path("/language/{tag}")
    @Operation(summary = "Switch the page language (zh-CN or en) and return to the page")
    public Response language(@PathParam("tag") String tag, @QueryParam("next") String next) {
        Locale language = PageLocale.supported(tag);
        chosenLanguage.fire(new LanguageChosen(language));
        String chosen = language.toLanguageTag();
        return back(next, cookie(PageLocale.COOKIE, chosen));
    }

    @POST
    @Path("/text-size")
    @Operation(summary = "Toggle large text and return to the page")
    public Response textSize(@FormParam("size") String size, @FormParam("next") String next) {
        return back(next, cookie(UiContext.TEXT_SIZE_COOKIE, "large".equals(size) ? "large" : "normal"));
    }

    private static NewCookie cookie(String name, String value) {
        return new NewCookie.Builder(name).value(value).path("/").maxAge(ONE_YEAR).sameSite(NewCookie.SameSite.LAX)
                .build();
    }

    private static Response back(String next, NewCookie cookie) {
        return Response.seeOther(URI.create(SafeRedirect.path(next))).cookie(cookie).build();
    }
}
