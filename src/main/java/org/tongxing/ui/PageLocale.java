package org.tongxing.ui;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * The language of the page: an explicit choice remembered in the {@value #COOKIE} cookie wins, else the
 * browser's Accept-Language (any Chinese variant → zh-CN, any English → en), else Chinese.
 */
@RequestScoped
public class PageLocale {

    public static final String COOKIE = "tx_lang";
    public static final Locale CHINESE = Locale.forLanguageTag("zh-CN");
    public static final Locale ENGLISH = Locale.ENGLISH;

    @Inject
    HttpHeaders headers;

    public Locale get() {
        var cookie = headers.getCookies().get(COOKIE);
        if (cookie != null) {
            return supported(cookie.getValue());
        }
        return fromAcceptLanguage(headers.getAcceptableLanguages());
    }

    static Locale fromAcceptLanguage(List<Locale> preferred) {
        for (Locale locale : preferred) {
            if ("zh".equals(locale.getLanguage())) {
                return CHINESE;
            }
            if ("en".equals(locale.getLanguage())) {
                return ENGLISH;
            }
        }
        return CHINESE;
    }

    static Locale supported(String tag) {
        return tag != null && tag.toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : CHINESE;
    }

    public boolean english() {
        return ENGLISH.equals(get());
    }
}
