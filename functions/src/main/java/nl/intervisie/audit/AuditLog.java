package nl.intervisie.audit;

import nl.intervisie.http.Caller;
import nl.intervisie.store.Keys;
import nl.intervisie.network.Calendar;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.intervisie.store.Items.n;
import static nl.intervisie.store.Items.s;

/**
 * The audit trail of admin writes: who (the caller's subject and role), what (an action name), on which ids, when.
 * Ids only, never names, e-mail addresses or free text. Items: pk AUDIT#{yyyy-MM}, sk {timestamp}#{id},
 * kept for two years (TTL).
 */
public final class AuditLog {
    static final Duration RETENTION = Duration.ofDays(731);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(Calendar.ZONE);

    private final DynamoDbClient client;
    private final String table;
    private final Clock clock;

    public AuditLog(DynamoDbClient client, String table, Clock clock) {
        this.client = client;
        this.table = table;
        this.clock = clock;
    }

    /** An entry read back. */
    public record Entry(Instant at, String actor, String role, String action, List<String> targets) {
        /** The entry as the admin API shows it. */
        public Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("at", at.toString());
            m.put("actor", actor);
            m.put("role", role);
            m.put("action", action);
            m.put("targets", targets);
            return m;
        }
    }

    /** Records one admin write. action: e.g. "applicant.clear", "matching.accept"; targets: the ids touched. */
    public void record(Caller caller, String action, List<String> targets) {
        Instant now = clock.instant();
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put(Keys.PK, s("AUDIT#" + MONTH.format(now)));
        item.put(Keys.SK, s(now + "#" + UUID.randomUUID()));
        item.put("type", s("AUDIT"));
        item.put("at", s(now.toString()));
        item.put("actor", s(caller.subject()));
        item.put("role", s(caller.role())); // which role acted: coordinator or facilitator
        item.put("action", s(action));
        item.put("targets", AttributeValue.fromL(targets.stream().map(t -> s(t)).toList()));
        item.put(Keys.TTL, n(now.plus(RETENTION).getEpochSecond()));
        client.putItem(b -> b.tableName(table).item(item));
    }

    /** The entries of one month (yyyy-MM), newest first. */
    public List<Entry> month(String yearMonth) {
        return client.queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("pk = :p")
                        .expressionAttributeValues(Map.of(":p", s("AUDIT#" + yearMonth)))
                        .scanIndexForward(false))
                .items().stream()
                .map(AuditLog::entry)
                .toList();
    }

    /** The entries naming this id as a target in the last {@code months} months (this one included), newest first. */
    public List<Entry> mentioning(String targetId, int months) {
        List<Entry> entries = new ArrayList<>();
        YearMonth current = YearMonth.from(clock.instant().atZone(Calendar.ZONE));
        for (int i = 0; i < months; i++) {
            String month = current.minusMonths(i).toString();
            client.queryPaginator(b -> b.tableName(table)
                            .keyConditionExpression("pk = :p")
                            .filterExpression("contains(targets, :id)")
                            .expressionAttributeValues(Map.of(":p", s("AUDIT#" + month), ":id", s(targetId)))
                            .scanIndexForward(false))
                    .items().forEach(item -> entries.add(entry(item)));
        }
        return entries;
    }

    private static Entry entry(Map<String, AttributeValue> item) {
        return new Entry(Instant.parse(item.get("at").s()), item.get("actor").s(),
                item.containsKey("role") ? item.get("role").s() : null, item.get("action").s(),
                item.get("targets").l().stream().map(AttributeValue::s).toList());
    }
}
