package org.tongxing.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.tongxing.ui.LanguageChosen;
import org.tongxing.ui.PageLocale;

/**
 * Remembers a signed-in reader's page language on their account: notices, in the inbox and by e-mail, are written
 * to each recipient in that one language.
 */
@ApplicationScoped
public class LanguageMemory {

    @Inject
    CurrentViewer viewer;

    @Transactional
    void onChosen(@Observes LanguageChosen chosen) {
        if (viewer.present()) {
            String tag = PageLocale.ENGLISH.equals(chosen.language()) ? "en" : "zh-CN";
            UserAccount.update("language = ?1 where id = ?2", tag, viewer.get().userId());
        }
    }
}
