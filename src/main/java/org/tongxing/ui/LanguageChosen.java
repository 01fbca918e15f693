package org.tongxing.ui;

import java.util.Locale;

/**
 * The reader chose the page language. The page kit keeps the choice in a cookie; the account feature observes this
 * to remember it for a signed-in reader, so that notices reach them in the same language.
 */
public record LanguageChosen(Locale language) {
}
