package org.tongxing.demo;

import java.util.ArrayList;
import java.util.List;

import org.tongxing.area.Area;
import org.tongxing.area.AreaLevel;

/** The fictional Qingxi district (清溪区): 2 streets x 6 communities, each with 2 or 3 compounds. */
final class DemoDistrict {

    static final String DISTRICT = "350799";

    private static final String[][] STREETS = {
            {"清溪街道", "Qingxi Street"}, {"安和街道", "Anhe Street"}};
    private static final String[][][] COMMUNITIES = {
            {{"东门社区", "Dongmen"}, {"西关社区", "Xiguan"}, {"南湖社区", "Nanhu"}, {"北山社区", "Beishan"},
                    {"桥头社区", "Qiaotou"}, {"新村社区", "Xincun"}},
            {{"和平社区", "Heping"}, {"文昌社区", "Wenchang"}, {"锦绣社区", "Jinxiu"}, {"梅林社区", "Meilin"},
                    {"龙泉社区", "Longquan"}, {"滨江社区", "Binjiang"}}};
    private static final String[][] COMPOUNDS = {
            {"幸福小区", "Xingfu Estate"}, {"阳光花园", "Yangguang Garden"}, {"翠苑", "Cuiyuan"},
            {"金桥新村", "Jinqiao New Village"}, {"安居苑", "Anju Court"}, {"建设小区", "Jianshe Estate"},
            {"茶香里", "Chaxiang Lane"}, {"溪畔家园", "Xipan Homes"}};

    private DemoDistrict() {
    }

    /** All areas, parents before children. */
    static List<Area> areas() {
        List<Area> areas = new ArrayList<>();
        areas.add(area(DISTRICT, null, AreaLevel.DISTRICT, "清溪区", "Qingxi District"));
        for (int s = 0; s < STREETS.length; s++) {
            String street = DISTRICT + String.format("%03d", s + 1);
            areas.add(area(street, DISTRICT, AreaLevel.STREET, STREETS[s][0], STREETS[s][1]));
            for (int c = 0; c < COMMUNITIES[s].length; c++) {
                String community = street + String.format("%03d", c + 1);
                String[] names = COMMUNITIES[s][c];
                areas.add(area(community, street, AreaLevel.COMMUNITY, names[0], names[1] + " Community"));
                int compounds = 2 + (s + c) % 2;
                for (int k = 0; k < compounds; k++) {
                    String[] compound = COMPOUNDS[(s * 6 + c * 3 + k) % COMPOUNDS.length];
                    areas.add(area(community + String.format("%03d", k + 1), community, AreaLevel.COMPOUND,
                            names[0].replace("社区", "") + compound[0], names[1] + " " + compound[1]));
                }
            }
        }
        return areas;
    }

    static List<String> compoundCodes(List<Area> areas) {
        return areas.stream().filter(a -> a.level == AreaLevel.COMPOUND).map(a -> a.code).toList();
    }

    private static Area area(String code, String parent, AreaLevel level, String zh, String en) {
        Area area = new Area();
        area.code = code;
        area.parentCode = parent;
        area.level = level;
        area.nameZh = zh;
        area.nameEn = en;
        return area;
    }
}
