package org.tongxing.ui;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Settles the page language once, before anything renders: the remembered choice or the browser's preference,
 * narrowed to the two languages Tongxing speaks. Qute picks the language of a page from Accept-Language, so
 * that header is replaced by the decision and every template, message and format follows it.
 */
public class LanguageNegotiation {

    @Inject
    PageLocale locale;

    @ServerRequestFilter(preMatching = true)
    public void settle(ContainerRequestContext request) {
        request.getHeaders().putSingle("Accept-Language", locale.get().toLanguageTag());
    }
}
