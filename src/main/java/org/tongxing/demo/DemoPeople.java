package org.tongxing.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.tongxing.common.Gender;
import org.tongxing.common.ResidentId;

/**
 * Invents people from a fixed seed: Chinese names by generation, phones in a block unlikely to belong to
 * anyone (199 00xx xxxx) and resident ID numbers with valid check characters. No real person is described.
 */
final class DemoPeople {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢";
    private static final List<String> OLDER_WOMEN = List.of("秀英", "桂英", "玉兰", "秀兰", "凤英", "桂兰", "淑珍", "美华", "丽华", "素芬");
    private static final List<String> OLDER_MEN = List.of("建国", "国强", "志强", "建华", "德明", "永福", "金生", "文华", "长青", "福生");
    private static final List<String> WOMEN = List.of("丽", "芳", "娟", "敏", "静", "婷", "慧", "琳", "萍", "红霞", "雪梅", "晓燕",
            "春兰", "海燕", "丽娟", "小红", "美玲", "秋月");
    private static final List<String> MEN = List.of("伟", "强", "磊", "军", "勇", "杰", "涛", "明", "超", "俊", "海波", "建军", "志刚",
            "晓东", "文斌", "国平");
    private static final List<String> GIRLS = List.of("子涵", "雨桐", "欣怡", "诗涵", "梓萱", "可馨", "一诺", "思彤", "语嫣", "佳怡", "若曦",
            "梦瑶");
    private static final List<String> BOYS = List.of("浩然", "子轩", "宇轩", "俊杰", "浩宇", "梓豪", "宇航", "博文", "天佑", "一鸣", "思远",
            "嘉豪");

    private final Random random;
    private final Set<String> idNumbers = new HashSet<>();
    private int phoneSequence;

    DemoPeople(Random random) {
        this.random = random;
    }

    String surname() {
        return String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
    }

    String name(String surname, Gender gender, LocalDate birthDate) {
        int year = birthDate.getYear();
        List<String> pool = year < 1965 ? (gender == Gender.FEMALE ? OLDER_WOMEN : OLDER_MEN)
                : year < 2005 ? (gender == Gender.FEMALE ? WOMEN : MEN)
                : (gender == Gender.FEMALE ? GIRLS : BOYS);
        return surname + pool.get(random.nextInt(pool.size()));
    }

    Gender gender() {
        return random.nextBoolean() ? Gender.FEMALE : Gender.MALE;
    }

    LocalDate birthDate(int fromYear, int toYear) {
        return LocalDate.of(fromYear + random.nextInt(toYear - fromYear + 1), 1 + random.nextInt(12),
                1 + random.nextInt(28));
    }

    String phone() {
        phoneSequence++;
        return String.format("19900%06d", phoneSequence * 7919 % 1_000_000);
    }

    /** A unique, valid ID number registered in the demo district. */
    String idNumber(LocalDate birthDate, Gender gender) {
        while (true) {
            int sequence = random.nextInt(500) * 2 + (gender == Gender.MALE ? 1 : 0);
            String first17 = DemoDistrict.DISTRICT + birthDate.toString().replace("-", "")
                    + String.format("%03d", sequence);
            String id = first17 + ResidentId.checkCharacter(first17);
            if (idNumbers.add(id)) {
                return id;
            }
        }
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }
}
