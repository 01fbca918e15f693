package org.tongxing.area;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.tongxing.ui.PageLocale;

/** Area names in the reader's language, for templates as {@code inject:area}. */
@Named("area")
@RequestScoped
public class AreaLabels {

    @Inject
    AreaNames names;

    @Inject
    PageLocale locale;

    public String name(String code) {
        String name = locale.english() ? names.nameEn(code) : names.nameZh(code);
        return name == null ? code : name;
    }

    public String of(Area area) {
        return locale.english() ? area.nameEn : area.nameZh;
    }
}
