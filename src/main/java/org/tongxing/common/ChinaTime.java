package org.tongxing.common;

import java.time.LocalDate;
import java.time.ZoneId;

/** Calendar questions (ages, due dates) are answered in China's time zone; stored instants stay UTC. */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaTime() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
