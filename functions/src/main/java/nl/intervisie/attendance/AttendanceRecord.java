package nl.intervisie.attendance;

import java.time.LocalDate;

/** One attendance item: a person at one meeting; minutes counts only when present. */
public record AttendanceRecord(String groupId, LocalDate date, String applicantId, AttendanceStatus status, int minutes) {
}
