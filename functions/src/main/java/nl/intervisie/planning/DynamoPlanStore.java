package nl.intervisie.planning;

import nl.intervisie.groups.GroupItems;
import nl.intervisie.store.Retry;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Planned meetings in the single table. */
public final class DynamoPlanStore implements PlanStore {
    private static final int MAX_ATTEMPTS = 5;
    /** DynamoDB's limit on one transaction; a group's year is far below it. */
    static final int MAX_PER_TRANSACTION = 99;
    private static final Comparator<PlannedMeeting> BY_DATE = Comparator.comparing(PlannedMeeting::date)
            .thenComparing(PlannedMeeting::start).thenComparing(PlannedMeeting::groupId).thenComparing(PlannedMeeting::id);

    private final DynamoDbClient client;
    private final String table;

    public DynamoPlanStore(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    @Override
    public List<PlannedMeeting> ofGroup(String groupId) {
        List<PlannedMeeting> found = new ArrayList<>();
        client.queryPaginator(PlanItems.ofGroup(table, groupId)).items().stream().filter(PlanItems::isPlan)
                .forEach(item -> found.add(PlanItems.fromItem(item)));
        found.sort(BY_DATE);
        return found;
    }

    @Override
    public Optional<PlannedMeeting> get(String groupId, String id) {
        var item = client.getItem(b -> b.tableName(table).key(PlanItems.key(groupId, id)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(PlanItems.fromItem(item));
    }

    @Override
    public List<PlannedMeeting> between(LocalDate from, LocalDate to) {
        List<PlannedMeeting> found = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            LocalDate first = year == from.getYear() ? from : LocalDate.of(year, 1, 1);
            LocalDate last = year == to.getYear() ? to : LocalDate.of(year, 12, 31);
            client.queryPaginator(PlanItems.ofYear(table, year, first, last)).items()
                    .forEach(item -> found.add(PlanItems.fromItem(item)));
        }
        found.sort(BY_DATE);
        return found;
    }

    @Override
    public boolean create(String groupId, List<PlannedMeeting> meetings) {
        if (meetings.isEmpty() || meetings.size() > MAX_PER_TRANSACTION) {
            throw new IllegalArgumentException("1.." + MAX_PER_TRANSACTION + " meetings per transaction");
        }
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(GroupItems.exists(table, groupId));
        meetings.forEach(m -> writes.add(PlanItems.create(table, m)));
        // A conflict with a parallel write is tried again; a failed condition (changed since read) is false.
        return Retry.committed(client, writes, MAX_ATTEMPTS);
    }

    @Override
    public boolean replace(PlannedMeeting next, long expectedVersion) {
        try {
            client.putItem(PlanItems.replace(table, next, expectedVersion));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }
}
