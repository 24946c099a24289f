package nl.intervisie.reminders;

import nl.intervisie.applicants.ApplicantItems;
import nl.intervisie.network.Calendar;
import nl.intervisie.store.Keys;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static nl.intervisie.store.Items.n;
import static nl.intervisie.store.Items.s;

/**
 * The one owner of the reminder marker: one item per (planned meeting on its date, person), written before the
 * reminder is sent, so a second or parallel run finds it and sends nothing.
 * <pre>
 * reminder  pk REMINDER#{groupId}#{meetingId}#{date}  sk REMINDER#{applicantId}  gsi1pk APPLICANT#{aid}  gsi1sk REMINDER#{date}#{groupId}
 * </pre>
 * The date is in the key: a meeting moved to another date is reminded again. It holds ids only, is in the person
 * index (export and erasure find it) and expires two days after the meeting's date.
 */
public final class ReminderItems {
    static final String TYPE = "REMINDER";
    private static final String PREFIX = "REMINDER#";

    private ReminderItems() {
    }

    static Map<String, AttributeValue> key(String groupId, String meetingId, LocalDate date, String applicantId) {
        return Map.of(Keys.PK, s(PREFIX + groupId + "#" + meetingId + "#" + date), Keys.SK, s(PREFIX + applicantId));
    }

    /** When the marker goes: two days after the meeting's date (Europe/Amsterdam), when no run looks for it any more. */
    static Instant expiry(LocalDate date) {
        return date.plusDays(2).atStartOfDay(Calendar.ZONE).toInstant();
    }

    /** Puts the marker only if there is none: the one writer that succeeds sends the reminder. */
    static PutItemRequest claim(String table, String groupId, String meetingId, LocalDate date, String applicantId,
                                Instant now) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(key(groupId, meetingId, date, applicantId));
        item.put(Keys.GSI1_PK, ApplicantItems.personIndex(applicantId));
        item.put(Keys.GSI1_SK, s(PREFIX + date + "#" + groupId));
        item.put("type", s(TYPE));
        item.put("applicantId", s(applicantId));
        item.put("groupId", s(groupId));
        item.put("meetingId", s(meetingId));
        item.put("date", s(date.toString()));
        item.put("claimedAt", s(now.toString()));
        item.put(Keys.TTL, n(expiry(date).getEpochSecond()));
        return PutItemRequest.builder().tableName(table).item(item).conditionExpression("attribute_not_exists(pk)").build();
    }

    /** Takes a marker back when its reminder could not be sent, so the next run tries again. */
    static DeleteItemRequest release(String table, String groupId, String meetingId, LocalDate date, String applicantId) {
        return DeleteItemRequest.builder().tableName(table).key(key(groupId, meetingId, date, applicantId)).build();
    }
}
