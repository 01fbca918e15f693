package org.tongxing.matching.pages;

import java.util.List;

import org.tongxing.area.Area;
import org.tongxing.area.AreaLevel;

/** An area a run may cover: the cadre's own and the streets and communities within it. */
public record AreaChoice(String code, String nameZh, String nameEn, int depth) {

    static List<AreaChoice> within(String scope) {
        List<Area> areas = scope == null ? Area.list("level <> ?1 order by code", AreaLevel.COMPOUND)
                : Area.within(scope);
        return areas.stream().filter(a -> a.level != AreaLevel.COMPOUND)
                .map(a -> new AreaChoice(a.code, a.nameZh, a.nameEn, a.level.ordinal())).toList();
    }
}
