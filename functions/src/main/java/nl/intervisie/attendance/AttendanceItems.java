package nl.intervisie.attendance;

import nl.intervisie.store.Items;
import nl.intervisie.store.Keys;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;

import static nl.intervisie.store.Items.n;
import static nl.intervisie.store.Items.s;

/**
 * The item formats of meetings and attendance (layout in {@link Keys}).
 * <pre>
 * meeting     pk GROUP#{gid}  sk MEETING#{date}                   gsi1pk MEETINGS#{year}   gsi1sk {date}#{gid}
 * attendance  pk GROUP#{gid}  sk MEETING#{date}#ATTENDEE#{aid}    gsi1pk APPLICANT#{aid}   gsi1sk ATTENDANCE#{date}#{gid}
 * </pre>
 * Both expire (TTL) at the end of the re-certification period after their year.
 */
public final class AttendanceItems {
    static final String MEETING = "MEETING";
    static final String ATTENDANCE = "ATTENDANCE";

    private AttendanceItems() {
    }

    public static String groupPk(String groupId) {
        return "GROUP#" + groupId;
    }

    public static Map<String, AttributeValue> meetingKey(String groupId, LocalDate date) {
        return Map.of(Keys.PK, s(groupPk(groupId)), Keys.SK, s("MEETING#" + date));
    }

    public static Map<String, AttributeValue> attendeeKey(String groupId, LocalDate date, String applicantId) {
        return Map.of(Keys.PK, s(groupPk(groupId)), Keys.SK, s(attendeePrefix(date) + applicantId));
    }

    /** Every attendee of the meeting on this date has an sk starting with this. */
    public static String attendeePrefix(LocalDate date) {
        return "MEETING#" + date + "#ATTENDEE#";
    }

    public static Map<String, AttributeValue> meetingItem(Meeting m, Instant expiresAt) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(meetingKey(m.groupId(), m.date()));
        item.put(Keys.GSI1_PK, s("MEETINGS#" + m.date().getYear()));
        item.put(Keys.GSI1_SK, s(m.date() + "#" + m.groupId()));
        item.put("type", s(MEETING));
        item.put("groupId", s(m.groupId()));
        item.put("date", s(m.date().toString()));
        item.put("start", s(m.start().toString()));
        item.put("end", s(m.end().toString()));
        item.put("minutes", n(m.minutes()));
        item.put("method", s(m.method()));
        item.put("facilitator", s(m.facilitator()));
        item.put("present", n(m.present()));
        item.put("excused", n(m.excused()));
        item.put("absent", n(m.absent()));
        item.put("version", n(m.version()));
        item.put(Keys.TTL, n(expiresAt.getEpochSecond()));
        return item;
    }

    public static Meeting meetingFromItem(Map<String, AttributeValue> item) {
        return new Meeting(Items.string(item, "groupId"), LocalDate.parse(Items.string(item, "date")),
                LocalTime.parse(Items.string(item, "start")), LocalTime.parse(Items.string(item, "end")),
                Items.string(item, "method"), Items.string(item, "facilitator"),
                (int) Items.number(item, "present", 0), (int) Items.number(item, "excused", 0),
                (int) Items.number(item, "absent", 0), Items.number(item, "version", 0));
    }

    public static Map<String, AttributeValue> attendeeItem(Meeting m, Attendee a, Instant expiresAt) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(attendeeKey(m.groupId(), m.date(), a.applicantId()));
        item.put(Keys.GSI1_PK, s("APPLICANT#" + a.applicantId()));
        item.put(Keys.GSI1_SK, s("ATTENDANCE#" + m.date() + "#" + m.groupId()));
        item.put("type", s(ATTENDANCE));
        item.put("groupId", s(m.groupId()));
        item.put("date", s(m.date().toString()));
        item.put("applicantId", s(a.applicantId()));
        item.put("status", s(a.status().value()));
        item.put("minutes", n(a.status() == AttendanceStatus.PRESENT ? m.minutes() : 0));
        item.put(Keys.TTL, n(expiresAt.getEpochSecond()));
        return item;
    }

    public static AttendanceRecord recordFromItem(Map<String, AttributeValue> item) {
        return new AttendanceRecord(Items.string(item, "groupId"), LocalDate.parse(Items.string(item, "date")),
                Items.string(item, "applicantId"), AttendanceStatus.of(Items.string(item, "status")),
                (int) Items.number(item, "minutes", 0));
    }

    static boolean isMeeting(Map<String, AttributeValue> item) {
        return MEETING.equals(Items.string(item, "type"));
    }

    static boolean isAttendance(Map<String, AttributeValue> item) {
        return ATTENDANCE.equals(Items.string(item, "type"));
    }
}
