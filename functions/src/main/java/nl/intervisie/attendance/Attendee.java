package nl.intervisie.attendance;

/** One person's status at one meeting, as recorded. */
public record Attendee(String applicantId, AttendanceStatus status) {
}
