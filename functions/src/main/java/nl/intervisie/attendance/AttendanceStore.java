package nl.intervisie.attendance;

import nl.intervisie.groups.Membership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where meetings and attendance live, plus the few reads of groups, memberships and names attendance needs. */
public interface AttendanceStore {
    boolean groupExists(String groupId);

    /** Every membership of the group, past ones included. */
    List<Membership> memberships(String groupId);

    Optional<Meeting> meeting(String groupId, LocalDate date);

    List<Attendee> attendees(String groupId, LocalDate date);

    /**
     * Writes the meeting and exactly these attendees in one transaction (attendees no longer listed are deleted),
     * as version {@code expectedVersion + 1}. False when the meeting is no longer at expectedVersion (0: absent),
     * or the group is gone: someone else wrote in between; nothing is written then.
     */
    boolean replace(Meeting meeting, long expectedVersion, List<Attendee> attendees, Instant expiresAt);

    /** The group's meetings from..to (inclusive), oldest first. */
    List<Meeting> meetings(String groupId, LocalDate from, LocalDate to);

    /** All meetings of a year, of all groups. */
    List<Meeting> meetingsOfYear(int year);

    /** The attendance items of the group's meetings from..to (inclusive). */
    List<AttendanceRecord> groupAttendance(String groupId, LocalDate from, LocalDate to);

    /** One person's attendance items from..to (inclusive), oldest first. */
    List<AttendanceRecord> personAttendance(String applicantId, LocalDate from, LocalDate to);

    /** The meetings with these keys (group id, date); missing ones are left out. */
    List<Meeting> meetings(Collection<MeetingKey> keys);

    /** Names of the applicants that still exist (erased people are simply absent from the map). */
    Map<String, String> names(Collection<String> applicantIds);

    record MeetingKey(String groupId, LocalDate date) {
    }
}
