package nl.intervisie.attendance;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A meeting of a group, as stored: when, how long, which method, who facilitated (first name only), and the counts
 * of its attendance. Never anything about the cases discussed.
 *
 * @param version increases with every re-recording; a replacement is written only if it is still the one read
 */
public record Meeting(String groupId, LocalDate date, LocalTime start, LocalTime end, String method, String facilitator,
                      int present, int excused, int absent, long version) {

    /** The meeting's length in minutes (end after start, same day). */
    public int minutes() {
        return (int) Duration.between(start, end).toMinutes();
    }
}
