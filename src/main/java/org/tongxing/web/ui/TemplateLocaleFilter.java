package org.tongxing.web.ui;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.qute.TemplateInstance;

/** Renders every page in the viewer's language: message bundles and formats follow the template's locale. */
public class TemplateLocaleFilter {

    @Inject
    PageLocale locale;

    @ServerResponseFilter
    public void setLocale(ContainerResponseContext response) {
        if (response.getEntity() instanceof TemplateInstance page) {
            page.setLocale(locale.get());
            page.setAttribute("locale", locale.get());
        }
    }
}
