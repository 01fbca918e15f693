package org.tongxing.common;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;

/**
 * Bean validation's "today" is China's, like every other calendar question here: otherwise a service logged
 * for today between midnight in China and midnight UTC reads as lying in the future, on a server that runs UTC.
 */
@ApplicationScoped
public class ChinaClockProvider implements ClockProvider {

    private static final Clock CHINA = Clock.system(ChinaTime.ZONE);

    @Override
    public Clock getClock() {
        return CHINA;
    }
}
