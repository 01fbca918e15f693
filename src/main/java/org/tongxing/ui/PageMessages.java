package org.tongxing.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * A message bundle in the reader's language, for the few words a page resource must put together in Java
 * (a refusal explained in the error summary); templates use the bundles' namespaces directly.
 */
@RequestScoped
public class PageMessages {

    @Inject
    PageLocale locale;

    public <T> T of(Class<T> bundle) {
        return MessageBundles.get(bundle, Localized.Literal.of(locale.get().toLanguageTag()));
    }
}
