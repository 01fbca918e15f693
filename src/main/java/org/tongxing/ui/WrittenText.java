package org.tongxing.ui;

import java.util.List;

import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/**
 * Text that people wrote (a family's description, a name, a worker's note) is in whatever language its writer used,
 * usually Chinese, also on an English page. A screen reader reads Chinese with an English voice unless the element
 * says {@code lang="zh-CN"} (WCAG 3.1.2), and a browser picks a Latin font for it: {@code {need.description.written}}
 * wraps such text in {@code <span lang="zh-CN">} on English pages. Text without Chinese characters stays as it is.
 * (Areas have names in both languages; titles, attributes and options cannot hold a span and keep plain text.)
 */
@TemplateExtension
public final class WrittenText {

    private static final RawString NOTHING = new RawString("");

    /** Qute's own escaping of an expression's output on an HTML page. */
    private static final HtmlEscaper HTML = new HtmlEscaper(List.of("text/html"));

    private WrittenText() {
    }

    static RawString written(String text, @TemplateAttribute("locale") Object locale,
            @TemplateAttribute("selectedVariant") Object variant) {
        if (text == null) {
            return NOTHING;
        }
        String escaped = HTML.map(text, null);
        return new RawString(
                isForeign(text, locale, variant) ? "<span lang=\"zh-CN\">" + escaped + "</span>" : escaped);
    }

    /** Chinese text on a page that is not Chinese. */
    private static boolean isForeign(String text, Object locale, Object variant) {
        return !PageLocale.CHINESE.getLanguage().equals(Formats.of(locale, variant).getLanguage()) && hasChinese(text);
    }

    private static boolean hasChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
