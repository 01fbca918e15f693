package org.tongxing.area;

public record AreaView(String code, String parentCode, AreaLevel level, String nameZh, String nameEn) {

    public static AreaView from(Area area) {
        return new AreaView(area.code, area.parentCode, area.level, area.nameZh, area.nameEn);
    }
}
