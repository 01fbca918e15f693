package org.tongxing.area;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Names of areas for display, cached: lists of needs name an area per row, and areas never change once
 * created (there is no rename), so a miss is the only reason to ask the database.
 */
@ApplicationScoped
public class AreaNames {

    private record Names(String zh, String en) {
    }

    private final Map<String, Names> cache = new ConcurrentHashMap<>();

    public String nameZh(String code) {
        Names names = names(code);
        return names == null ? null : names.zh();
    }

    public String nameEn(String code) {
        Names names = names(code);
        return names == null ? null : names.en();
    }

    private Names names(String code) {
        if (code == null) {
            return null;
        }
        Names cached = cache.get(code);
        if (cached != null) {
            return cached;
        }
        Area area = Area.findById(code);
        if (area == null) {
            return null;
        }
        Names names = new Names(area.nameZh, area.nameEn);
        cache.put(code, names);
        return names;
    }
}
