package org.tongxing.common;

import jakarta.validation.groups.Default;

/**
 * Validation group for updates: everything in {@link Default} plus what only an update needs (the
 * version the client last saw). Resources switch to it with {@code @ConvertGroup}.
 */
public interface OnUpdate extends Default {
}
