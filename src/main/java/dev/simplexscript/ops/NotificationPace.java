package dev.simplexscript.ops;

import java.time.Duration;

/**
 * How fast the operator hears of trouble.
 *
 * @param batch  how long notes gather after the first before they are sent
 * @param gap    the least time between two messages
 * @param outage how long the core must be unreachable before the operator is told (once it is back)
 */
public record NotificationPace(Duration batch, Duration gap, Duration outage) {
    public static final NotificationPace DEFAULT =
            new NotificationPace(Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofMinutes(1));
}
