package org.tongxing.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page's form handler that checks its form with {@link FormCheck} before it changes anything and shows the
 * form again with its errors. There a NUL character (U+0000, which PostgreSQL text cannot hold) in a field is shown
 * as that field's error, next to what the reader typed, instead of an error page that loses the form: the edge puts
 * U+FFFD (�) where the NUL was and {@link FormCheck} refuses the field ({@link NulFields}). Everywhere else a NUL is
 * refused as bad input before the handler runs.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface NulAsFormError {
}
