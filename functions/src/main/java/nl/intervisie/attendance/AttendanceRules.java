package nl.intervisie.attendance;

import nl.intervisie.store.Config;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Instant;

/**
 * The obligation, as settings (the network's standard asks 3 meetings a year; the national re-certification asks
 * 32 hours of intervision per 4 years). Attendance is kept until the end of the period after its year, so a
 * statement for any period that contains it can still be made.
 */
public record AttendanceRules(int meetingsPerYear, int hoursPerPeriod, int periodYears) {

    public AttendanceRules {
        if (meetingsPerYear < 1 || hoursPerPeriod < 1 || periodYears < 1 || periodYears > 10) {
            throw new IllegalStateException("Attendance settings out of range: " + meetingsPerYear + "/"
                    + hoursPerPeriod + "/" + periodYears);
        }
    }

    /**
     * From ATTENDANCE_MEETINGS_PER_YEAR (3), ATTENDANCE_HOURS_PER_PERIOD (32), ATTENDANCE_PERIOD_YEARS (4), which
     * template.yaml sets for every function (Globals). Read when a handler wires itself, so once per container.
     */
    public static AttendanceRules fromConfig() {
        return new AttendanceRules(number("ATTENDANCE_MEETINGS_PER_YEAR", 3), number("ATTENDANCE_HOURS_PER_PERIOD", 32),
                number("ATTENDANCE_PERIOD_YEARS", 4));
    }

    /** When the items of a meeting on this date expire (TTL): the end of year + periodYears (UTC). */
    public Instant expiry(LocalDate meetingDate) {
        return LocalDate.of(meetingDate.getYear() + periodYears + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static int number(String name, int fallback) {
        String value = Config.get(name, Integer.toString(fallback));
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Setting " + name + " is not a whole number");
        }
    }
}
