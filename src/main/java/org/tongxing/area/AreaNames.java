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

    private final Map<String, String> zh = new ConcurrentHashMap<>();

    public String nameZh(String code) {
        if (code == null) {
            return null;
        }
        String cached = zh.get(code);
        if (cached != null) {
            return cached;
        }
        Area area = Area.findById(code);
        if (area == null) {
            return null;
        }
        zh.put(code, area.nameZh);
        return area.nameZh;
    }
}
