package nl.intervisie.attendance;

import nl.intervisie.applicants.ApplicantItems;
import nl.intervisie.groups.DynamoGroupStore;
import nl.intervisie.groups.DynamoMembershipStore;
import nl.intervisie.groups.GroupItems;
import nl.intervisie.groups.GroupStore;
import nl.intervisie.groups.Membership;
import nl.intervisie.groups.MembershipStore;
import nl.intervisie.store.Items;
import nl.intervisie.store.Keys;
import nl.intervisie.store.Retry;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

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
    private static final int MAX_ATTEMPTS = 5;
    private static final int BATCH_GET_LIMIT = 100;
    private static final int MAX_BATCH_ROUNDS = 8;

    private final DynamoDbClient client;
    private final String table;
    private final GroupStore groups;
    private final MembershipStore memberships;

    public DynamoAttendanceStore(DynamoDbClient client, String table) {
        this(client, table, new DynamoGroupStore(client, table), new DynamoMembershipStore(client, table));
    }

    /** @param groups, memberships the owners of what attendance reads about groups and their members */
    public DynamoAttendanceStore(DynamoDbClient client, String table, GroupStore groups, MembershipStore memberships) {
        this.client = client;
        this.table = table;
        this.groups = groups;
        this.memberships = memberships;
    }

    @Override
    public boolean groupExists(String groupId) {
        return groups.exists(groupId);
    }

    @Override
    public List<Membership> memberships(String groupId) {
        return memberships.members(groupId);
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
        query(AttendanceItems.attendees(table, groupId, date), item -> {
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
        writes.add(GroupItems.exists(table, meeting.groupId()));
        writes.add(AttendanceItems.putMeeting(table, next, expectedVersion, expiresAt));
        Set<String> listed = new HashSet<>();
        for (Attendee a : attendees) {
            listed.add(a.applicantId());
            writes.add(AttendanceItems.putAttendee(table, next, a, expiresAt));
        }
        // Whoever was recorded before but is no longer listed: their item goes (no double counting, no ghosts).
        for (Attendee old : attendees(meeting.groupId(), meeting.date())) {
            if (!listed.contains(old.applicantId())) {
                writes.add(AttendanceItems.deleteAttendee(table, meeting.groupId(), meeting.date(), old.applicantId()));
            }
        }
        // A conflict with a parallel write is tried again; a failed condition (changed since read) is false.
        return Retry.committed(client, writes, MAX_ATTEMPTS);
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
        query(AttendanceItems.meetingsOfYear(table, year), item -> meetings.add(AttendanceItems.meetingFromItem(item)));
        return meetings;
    }

    @Override
    public List<AttendanceRecord> groupAttendance(String groupId, LocalDate from, LocalDate to) {
        List<AttendanceRecord> records = new ArrayList<>();
        groupRange(groupId, from, to, AttendanceItems.ATTENDANCE, item -> records.add(AttendanceItems.recordFromItem(item)));
        return records;
    }

    private void groupRange(String groupId, LocalDate from, LocalDate to, String type, Consumer<Map<String, AttributeValue>> sink) {
        query(AttendanceItems.groupRange(table, groupId, from, to, type), sink);
    }

    @Override
    public List<AttendanceRecord> personAttendance(String applicantId, LocalDate from, LocalDate to) {
        List<AttendanceRecord> records = new ArrayList<>();
        query(AttendanceItems.personRange(table, applicantId, from, to), item -> records.add(AttendanceItems.recordFromItem(item)));
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
        batchGet(itemKeys, ApplicantItems.NAME_PROJECTION, ApplicantItems.NAME_PROJECTION_NAMES, item -> {
            var idAndName = ApplicantItems.idAndName(item);
            names.put(idAndName.getKey(), idAndName.getValue());
        });
        return names;
    }

    private void query(QueryRequest.Builder request, Consumer<Map<String, AttributeValue>> sink) {
        client.queryPaginator(request.build()).items().forEach(sink);
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
