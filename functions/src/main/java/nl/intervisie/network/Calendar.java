package nl.intervisie.network;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The network's calendar: every date the system records or shows (a meeting, joining or leaving a group, "today"
 * as a default) is a date in Europe/Amsterdam, whatever zone the Lambda runs in (UTC). Code asks this class for
 * dates and gets its time from an injected {@link Clock}, so a test can set the date and the hour.
 */
public final class Calendar {
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private Calendar() {
    }

    /** The clock handlers use when they wire themselves (tests pass a fixed one instead). */
    public static Clock system() {
        return Clock.system(ZONE);
    }

    /** Today in the Netherlands (at 00:30 in Amsterdam, UTC still says yesterday). */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** The Dutch date of an instant. */
    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
