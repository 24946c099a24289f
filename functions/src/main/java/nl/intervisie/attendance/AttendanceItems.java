package nl.intervisie.attendance;

import nl.intervisie.applicants.ApplicantItems;
import nl.intervisie.groups.GroupItems;
import nl.intervisie.store.Items;
import nl.intervisie.store.Keys;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static nl.intervisie.store.Items.n;
import static nl.intervisie.store.Items.s;

/**
 * The one owner of the meeting and attendance items (layout in {@link Keys}): keys, attributes, queries and writes.
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

    private static String groupPk(String groupId) {
        return GroupItems.pk(groupId);
    }

    public static Map<String, AttributeValue> meetingKey(String groupId, LocalDate date) {
        return Map.of(Keys.PK, s(groupPk(groupId)), Keys.SK, s("MEETING#" + date));
    }

    /** How the audit log names a meeting: its group's and its own key. */
    public static List<String> auditTargets(String groupId, LocalDate date) {
        return List.of(groupPk(groupId), "MEETING#" + date);
    }

    /** All meetings of a year, of all groups. */
    static QueryRequest.Builder meetingsOfYear(String table, int year) {
        return QueryRequest.builder().tableName(table).indexName(Keys.GSI1).keyConditionExpression("gsi1pk = :p")
                .expressionAttributeValues(Map.of(":p", s("MEETINGS#" + year)));
    }

    /** Items of one type under the group's MEETING#{from}..MEETING#{to}…; a meeting and its attendees sort together. */
    static QueryRequest.Builder groupRange(String table, String groupId, LocalDate from, LocalDate to, String type) {
        return QueryRequest.builder().tableName(table)
                .keyConditionExpression("pk = :p AND sk BETWEEN :from AND :to")
                .filterExpression("#t = :t")
                .expressionAttributeNames(Map.of("#t", "type"))
                .expressionAttributeValues(Map.of(":p", s(groupPk(groupId)),
                        ":from", s("MEETING#" + from), ":to", s("MEETING#" + to + "~"), ":t", s(type)));
    }

    /** The attendees of one meeting. */
    static QueryRequest.Builder attendees(String table, String groupId, LocalDate date) {
        return QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("pk = :p AND begins_with(sk, :m)")
                .expressionAttributeValues(Map.of(":p", s(groupPk(groupId)), ":m", s(attendeePrefix(date))));
    }

    /** One person's attendance items from..to, through the person index. */
    static QueryRequest.Builder personRange(String table, String applicantId, LocalDate from, LocalDate to) {
        return QueryRequest.builder().tableName(table).indexName(Keys.GSI1)
                .keyConditionExpression("gsi1pk = :p AND gsi1sk BETWEEN :from AND :to")
                .expressionAttributeValues(Map.of(":p", ApplicantItems.personIndex(applicantId),
                        ":from", s("ATTENDANCE#" + from), ":to", s("ATTENDANCE#" + to + "~")));
    }

    /**
     * The meeting as version {@code next.version()}: new only if absent ({@code expectedVersion} 0), else only while
     * still at the version the caller read.
     */
    static TransactWriteItem putMeeting(String table, Meeting next, long expectedVersion, Instant expiresAt) {
        Put.Builder put = Put.builder().tableName(table).item(meetingItem(next, expiresAt));
        if (expectedVersion == 0) {
            put.conditionExpression("attribute_not_exists(pk)");
        } else {
            put.conditionExpression("version = :v").expressionAttributeValues(Map.of(":v", n(expectedVersion)));
        }
        return TransactWriteItem.builder().put(put.build()).build();
    }

    static TransactWriteItem putAttendee(String table, Meeting m, Attendee a, Instant expiresAt) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(attendeeItem(m, a, expiresAt)).build()).build();
    }

    static TransactWriteItem deleteAttendee(String table, String groupId, LocalDate date, String applicantId) {
        return TransactWriteItem.builder().delete(Delete.builder().tableName(table)
                .key(attendeeKey(groupId, date, applicantId)).build()).build();
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
        item.put(Keys.GSI1_PK, ApplicantItems.personIndex(a.applicantId()));
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

    public static boolean isAttendance(Map<String, AttributeValue> item) {
        return ATTENDANCE.equals(Items.string(item, "type"));
    }
}
