package nl.intervisie.attendance;

import nl.intervisie.store.Retry;
import nl.intervisie.applicants.ApplicantItems;
import nl.intervisie.groups.Membership;
import nl.intervisie.store.Dynamo;
import nl.intervisie.store.Items;
import nl.intervisie.store.Keys;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import static nl.intervisie.store.Items.n;
import static nl.intervisie.store.Items.s;

/** Meetings and attendance in the single table (formats in {@link AttendanceItems}). */
public final class DynamoAttendanceStore implements AttendanceStore {
    private static final int BATCH_GET_LIMIT = 100;
    private static final int MAX_BATCH_ROUNDS = 8;

    private final DynamoDbClient client;
    private final String table;

    public DynamoAttendanceStore() {
        this(Dynamo.client(), Dynamo.tableName());
    }

    public DynamoAttendanceStore(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    private static Map<String, AttributeValue> groupKey(String groupId) {
        return Map.of(Keys.PK, s(AttendanceItems.groupPk(groupId)), Keys.SK, s("GROUP"));
    }

    @Override
    public boolean groupExists(String groupId) {
        var item = client.getItem(b -> b.tableName(table).key(groupKey(groupId)).projectionExpression("pk")).item();
        return item != null && !item.isEmpty();
    }

    @Override
    public List<Membership> memberships(String groupId) {
        List<Membership> members = new ArrayList<>();
        query(b -> b.keyConditionExpression("pk = :p AND begins_with(sk, :m)")
                        .consistentRead(true)
                        .expressionAttributeValues(Map.of(":p", s(AttendanceItems.groupPk(groupId)), ":m", s("MEMBER#"))),
                item -> members.add(Membership.fromItem(item)));
        return members;
    }

    @Override
    public Optional<Meeting> meeting(String groupId, LocalDate date) {
        var item = client.getItem(b -> b.tableName(table).key(AttendanceItems.meetingKey(groupId, date))
                .consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(AttendanceItems.meetingFromItem(item));
    }

    @Override
    public List<Attendee> attendees(String groupId, LocalDate date) {
        List<Attendee> attendees = new ArrayList<>();
        query(b -> b.keyConditionExpression("pk = :p AND begins_with(sk, :m)")
                        .consistentRead(true)
                        .expressionAttributeValues(Map.of(":p", s(AttendanceItems.groupPk(groupId)),
                                ":m", s(AttendanceItems.attendeePrefix(date)))),
                item -> {
                    AttendanceRecord r = AttendanceItems.recordFromItem(item);
                    attendees.add(new Attendee(r.applicantId(), r.status()));
                });
        return attendees;
    }

    @Override
    public boolean replace(Meeting meeting, long expectedVersion, List<Attendee> attendees, Instant expiresAt) {
        Meeting next = new Meeting(meeting.groupId(), meeting.date(), meeting.start(), meeting.end(), meeting.method(),
                meeting.facilitator(), meeting.present(), meeting.excused(), meeting.absent(), expectedVersion + 1);
        List<TransactWriteItem> writes = new ArrayList<>();
        // The group must still exist; the meeting must still be the version the caller read.
        writes.add(TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(table)
                .key(groupKey(meeting.groupId())).conditionExpression("attribute_exists(pk)").build()).build());
        Put.Builder put = Put.builder().tableName(table).item(AttendanceItems.meetingItem(next, expiresAt));
        if (expectedVersion == 0) {
            put.conditionExpression("attribute_not_exists(pk)");
        } else {
            put.conditionExpression("version = :v").expressionAttributeValues(Map.of(":v", n(expectedVersion)));
        }
        writes.add(TransactWriteItem.builder().put(put.build()).build());
        Set<String> listed = new HashSet<>();
        for (Attendee a : attendees) {
            listed.add(a.applicantId());
            writes.add(TransactWriteItem.builder().put(Put.builder().tableName(table)
                    .item(AttendanceItems.attendeeItem(next, a, expiresAt)).build()).build());
        }
        // Whoever was recorded before but is no longer listed: their item goes (no double counting, no ghosts).
        for (Attendee old : attendees(meeting.groupId(), meeting.date())) {
            if (!listed.contains(old.applicantId())) {
                writes.add(TransactWriteItem.builder().delete(Delete.builder().tableName(table)
                        .key(AttendanceItems.attendeeKey(meeting.groupId(), meeting.date(), old.applicantId())).build()).build());
            }
        }
        try {
            client.transactWriteItems(b -> b.transactItems(writes));
            return true;
        } catch (TransactionCanceledException e) {
            if (e.cancellationReasons().stream().anyMatch(r -> "ConditionalCheckFailed".equals(r.code())
                    || "TransactionConflict".equals(r.code()))) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public List<Meeting> meetings(String groupId, LocalDate from, LocalDate to) {
        List<Meeting> meetings = new ArrayList<>();
        groupRange(groupId, from, to, AttendanceItems.MEETING, item -> meetings.add(AttendanceItems.meetingFromItem(item)));
        return meetings;
    }

    @Override
    public List<Meeting> meetingsOfYear(int year) {
        List<Meeting> meetings = new ArrayList<>();
        query(b -> b.indexName(Keys.GSI1).keyConditionExpression("gsi1pk = :p")
                        .expressionAttributeValues(Map.of(":p", s("MEETINGS#" + year))),
                item -> meetings.add(AttendanceItems.meetingFromItem(item)));
        return meetings;
    }

    @Override
    public List<AttendanceRecord> groupAttendance(String groupId, LocalDate from, LocalDate to) {
        List<AttendanceRecord> records = new ArrayList<>();
        groupRange(groupId, from, to, AttendanceItems.ATTENDANCE, item -> records.add(AttendanceItems.recordFromItem(item)));
        return records;
    }

    /** Items of one type under the group's MEETING#{from}..MEETING#{to}…; a meeting and its attendees sort together. */
    private void groupRange(String groupId, LocalDate from, LocalDate to, String type, Consumer<Map<String, AttributeValue>> sink) {
        query(b -> b.keyConditionExpression("pk = :p AND sk BETWEEN :from AND :to")
                        .filterExpression("#t = :t")
                        .expressionAttributeNames(Map.of("#t", "type"))
                        .expressionAttributeValues(Map.of(":p", s(AttendanceItems.groupPk(groupId)),
                                ":from", s("MEETING#" + from), ":to", s("MEETING#" + to + "~"), ":t", s(type))),
                sink);
    }

    @Override
    public List<AttendanceRecord> personAttendance(String applicantId, LocalDate from, LocalDate to) {
        List<AttendanceRecord> records = new ArrayList<>();
        query(b -> b.indexName(Keys.GSI1).keyConditionExpression("gsi1pk = :p AND gsi1sk BETWEEN :from AND :to")
                        .expressionAttributeValues(Map.of(":p", s("APPLICANT#" + applicantId),
                                ":from", s("ATTENDANCE#" + from), ":to", s("ATTENDANCE#" + to + "~"))),
                item -> records.add(AttendanceItems.recordFromItem(item)));
        return records;
    }

    @Override
    public List<Meeting> meetings(Collection<MeetingKey> keys) {
        List<Map<String, AttributeValue>> itemKeys = new LinkedHashSet<>(keys).stream()
                .map(k -> AttendanceItems.meetingKey(k.groupId(), k.date())).toList();
        List<Meeting> meetings = new ArrayList<>();
        batchGet(itemKeys, null, Map.of(), item -> meetings.add(AttendanceItems.meetingFromItem(item)));
        return meetings;
    }

    @Override
    public Map<String, String> names(Collection<String> applicantIds) {
        List<Map<String, AttributeValue>> itemKeys = new LinkedHashSet<>(applicantIds).stream().map(ApplicantItems::key).toList();
        Map<String, String> names = new HashMap<>();
        batchGet(itemKeys, "id, #n", Map.of("#n", "name"),
                item -> names.put(Items.string(item, "id"), Items.string(item, "name")));
        return names;
    }

    private void query(Consumer<QueryRequest.Builder> request, Consumer<Map<String, AttributeValue>> sink) {
        client.queryPaginator(b -> {
            b.tableName(table);
            request.accept(b);
        }).items().forEach(sink);
    }

    /** BatchGetItem in chunks of 100, retrying what DynamoDB leaves unprocessed (with back-off). */
    private void batchGet(List<Map<String, AttributeValue>> keys, String projection, Map<String, String> names,
                          Consumer<Map<String, AttributeValue>> sink) {
        for (int i = 0; i < keys.size(); i += BATCH_GET_LIMIT) {
            List<Map<String, AttributeValue>> chunk = keys.subList(i, Math.min(keys.size(), i + BATCH_GET_LIMIT));
            KeysAndAttributes.Builder request = KeysAndAttributes.builder().keys(chunk);
            if (projection != null) {
                request.projectionExpression(projection).expressionAttributeNames(names);
            }
            Map<String, KeysAndAttributes> pending = Map.of(table, request.build());
            for (int round = 1; !pending.isEmpty(); round++) {
                if (round > MAX_BATCH_ROUNDS) {
                    throw new IllegalStateException("DynamoDB kept leaving keys unprocessed");
                }
                if (round > 1) {
                    Retry.backOff(round);
                }
                Map<String, KeysAndAttributes> ask = pending;
                var response = client.batchGetItem(b -> b.requestItems(ask));
                response.responses().getOrDefault(table, List.of()).forEach(sink);
                pending = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
            }
        }
    }

}
