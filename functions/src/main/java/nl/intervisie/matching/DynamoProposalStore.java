package nl.intervisie.matching;

import nl.intervisie.network.Calendar;
import nl.intervisie.store.Retry;
import nl.intervisie.applicants.ApplicantItems;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.groups.DynamoMembershipStore;
import nl.intervisie.groups.Membership;
import nl.intervisie.http.Json;
import nl.intervisie.http.Language;
import nl.intervisie.store.Dynamo;
import nl.intervisie.store.Items;
import nl.intervisie.store.Keys;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static nl.intervisie.store.Items.n;
import static nl.intervisie.store.Items.s;

/**
 * Proposals: pk PROPOSAL#{id}, sk PROPOSAL, gsi1pk PROPOSALS, gsi1sk {createdAt}#{id}, TTL 30 days. The body is
 * gzipped JSON (a proposal for hundreds of applicants with reasons would otherwise near the 400 KB item limit).
 */
public final class DynamoProposalStore implements ProposalStore {
    private static final int MAX_ATTEMPTS = 5;

    private final DynamoDbClient client;
    private final String table;

    public DynamoProposalStore() {
        this(Dynamo.client(), Dynamo.tableName());
    }

    public DynamoProposalStore(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    static Map<String, AttributeValue> key(String id) {
        return Map.of(Keys.PK, s("PROPOSAL#" + id), Keys.SK, s("PROPOSAL"));
    }

    @Override
    public void save(Proposal p, Instant expiresAt) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(key(p.id()));
        item.put(Keys.GSI1_PK, s("PROPOSALS"));
        item.put(Keys.GSI1_SK, s(p.createdAt() + "#" + p.id()));
        item.put("type", s("PROPOSAL"));
        item.put("id", s(p.id()));
        item.put("createdAt", s(p.createdAt().toString()));
        item.put("status", s(p.status()));
        item.put("acceptVersion", n(p.acceptVersion()));
        item.put("acceptedGroups", AttributeValue.fromL(p.acceptedGroups().stream().map(Items::s).toList()));
        item.put("plan", s(Json.write(planToJson(p.plan()))));
        item.put("body", AttributeValue.fromB(SdkBytes.fromByteArray(gzip(Json.write(p.body())))));
        item.put(Keys.TTL, n(expiresAt.getEpochSecond()));
        client.putItem(b -> b.tableName(table).item(item).conditionExpression("attribute_not_exists(pk)"));
    }

    @Override
    public Optional<Proposal> find(String id, Instant now) {
        var item = client.getItem(b -> b.tableName(table).key(key(id)).consistentRead(true)).item();
        if (item == null || item.isEmpty() || expired(item, now)) {
            return Optional.empty();
        }
        return Optional.of(fromItem(item));
    }

    @Override
    public List<Proposal> recent(int limit, Instant now) {
        var items = client.query(b -> b.tableName(table).indexName(Keys.GSI1)
                .keyConditionExpression("gsi1pk = :p")
                .expressionAttributeValues(Map.of(":p", s("PROPOSALS")))
                .scanIndexForward(false).limit(limit)).items();
        return items.stream().filter(i -> !expired(i, now)).map(DynamoProposalStore::fromItem).toList();
    }

    private static boolean expired(Map<String, AttributeValue> item, Instant now) {
        return Items.number(item, Keys.TTL, Long.MAX_VALUE) <= now.getEpochSecond();
    }

    @Override
    public ApplyResult apply(Proposal p, List<Proposal.GroupPlan> groups, boolean completes, Instant now) {
        List<TransactWriteItem> writes = new ArrayList<>();
        List<String> owners = new ArrayList<>(); // what each action stands for, to name what was stale
        Map<String, AttributeValue> proposalValues = new LinkedHashMap<>();
        proposalValues.put(":v", n(p.acceptVersion()));
        proposalValues.put(":one", n(1));
        proposalValues.put(":open", s(Proposal.OPEN));
        proposalValues.put(":groups", AttributeValue.fromL(groups.stream().map(g -> s(g.groupId())).toList()));
        String update = "SET acceptVersion = acceptVersion + :one, acceptedGroups = list_append(acceptedGroups, :groups)";
        if (completes) {
            proposalValues.put(":accepted", s(Proposal.ACCEPTED));
            update += ", #status = :accepted";
        }
        writes.add(TransactWriteItem.builder().update(Update.builder().tableName(table).key(key(p.id()))
                .conditionExpression("#status = :open AND acceptVersion = :v")
                .updateExpression(update)
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(proposalValues).build()).build());
        owners.add("proposal");
        String today = Calendar.dateOf(now).toString();
        for (Proposal.GroupPlan g : groups) {
            int added = g.applicants().size();
            // The group as the rules saw it: same member count, room within its (current) capacity, and the same
            // language and mode (a catalogue sync may have changed them since).
            String condition = "memberCount = :assumed AND #cap >= :after";
            Map<String, String> groupNames = new LinkedHashMap<>(Map.of("#cap", "capacity"));
            Map<String, AttributeValue> groupValues = new LinkedHashMap<>(Map.of(":assumed", n(g.assumedCount()),
                    ":after", n(g.assumedCount() + added), ":added", n(added)));
            if (g.language() != null && g.mode() != null) {
                condition += " AND #lang = :lang AND #mode = :mode";
                groupNames.put("#lang", "language");
                groupNames.put("#mode", "mode");
                groupValues.put(":lang", s(g.language()));
                groupValues.put(":mode", s(g.mode()));
            }
            writes.add(TransactWriteItem.builder().update(Update.builder().tableName(table)
                    .key(DynamoMembershipStore.groupKey(g.groupId()))
                    .conditionExpression(condition)
                    .updateExpression("SET memberCount = memberCount + :added")
                    .expressionAttributeNames(groupNames)
                    .expressionAttributeValues(groupValues)
                    .build()).build());
            owners.add("group:" + g.groupId());
            for (Proposal.ApplicantPlan a : g.applicants()) {
                Membership m = new Membership(g.groupId(), a.applicantId(), java.time.LocalDate.parse(today), null);
                writes.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(m.toItem())
                        .conditionExpression("attribute_not_exists(pk)").build()).build());
                owners.add("applicant:" + a.applicantId());
                // Placed: no longer an application that expires unplaced (REMOVE the TTL).
                writes.add(TransactWriteItem.builder().update(Update.builder().tableName(table)
                        .key(ApplicantItems.key(a.applicantId()))
                        .conditionExpression("#version = :v AND #status = :waiting")
                        .updateExpression("SET #status = :placed, gsi1pk = :placedKey, groupId = :g, updatedAt = :now,"
                                + " #version = #version + :one REMOVE #ttl")
                        .expressionAttributeNames(Map.of("#version", "version", "#status", "status", "#ttl", Keys.TTL))
                        .expressionAttributeValues(Map.of(":v", n(a.version()), ":waiting", s(ApplicantStatus.WAITING.name()),
                                ":placed", s(ApplicantStatus.PLACED.name()),
                                ":placedKey", ApplicantItems.statusKey(ApplicantStatus.PLACED),
                                ":g", s(g.groupId()), ":now", s(now.toString()), ":one", n(1)))
                        .build()).build());
                owners.add("applicant:" + a.applicantId());
                // The e-mail guard loses its TTL too, in the same transaction: otherwise it would expire a year after
                // sign-up and the same address could sign up again as a second applicant while still placed. Inside
                // the transaction (not best-effort after it) because it fits: 3 actions per placement, see
                // Proposal.actions. Only a guard that exists and is this person's (an applicant half-way through
                // erasure has none: then there is nothing to keep).
                var guardKey = guardKey(a.applicantId());
                if (guardKey != null) {
                    writes.add(TransactWriteItem.builder().update(Update.builder().tableName(table).key(guardKey)
                            .conditionExpression("applicantId = :id")
                            .updateExpression("REMOVE #ttl")
                            .expressionAttributeNames(Map.of("#ttl", Keys.TTL))
                            .expressionAttributeValues(Map.of(":id", s(a.applicantId())))
                            .build()).build());
                    owners.add("applicant:" + a.applicantId());
                }
            }
        }
        TransactionCanceledException cancelled = Retry.transactWrite(client, writes, MAX_ATTEMPTS);
        return cancelled == null ? ApplyResult.ok() : staleness(cancelled.cancellationReasons(), owners);
    }

    /** The key of the applicant's e-mail guard when it exists and is theirs; null otherwise. */
    private Map<String, AttributeValue> guardKey(String applicantId) {
        var applicant = client.getItem(b -> b.tableName(table).key(ApplicantItems.key(applicantId))
                .projectionExpression("email").consistentRead(true)).item();
        String email = applicant == null ? null : Items.string(applicant, "email");
        if (email == null || email.isBlank()) {
            return null;
        }
        var key = ApplicantItems.emailGuardKey(email);
        var guard = client.getItem(b -> b.tableName(table).key(key).projectionExpression("applicantId").consistentRead(true)).item();
        return guard != null && applicantId.equals(Items.string(guard, "applicantId")) ? key : null;
    }

    private static ApplyResult staleness(List<CancellationReason> reasons, List<String> owners) {
        boolean proposal = false;
        List<String> applicants = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < reasons.size() && i < owners.size(); i++) {
            if (!"ConditionalCheckFailed".equals(reasons.get(i).code())) {
                continue;
            }
            String owner = owners.get(i);
            if (owner.equals("proposal")) {
                proposal = true;
            } else if (owner.startsWith("group:")) {
                groups.add(owner.substring(6));
            } else if (!applicants.contains(owner.substring(10))) {
                applicants.add(owner.substring(10));
            }
        }
        return new ApplyResult(false, proposal, applicants, groups);
    }

    private static Map<String, Object> planToJson(List<Proposal.GroupPlan> plan) {
        List<Object> groups = new ArrayList<>();
        for (Proposal.GroupPlan g : plan) {
            List<Object> applicants = g.applicants().stream()
                    .map(a -> (Object) Map.of("applicantId", a.applicantId(), "version", a.version())).toList();
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("groupId", g.groupId());
            group.put("assumedCount", g.assumedCount());
            group.put("language", g.language());
            group.put("mode", g.mode());
            group.put("applicants", applicants);
            groups.add(group);
        }
        return Map.of("groups", groups);
    }

    @SuppressWarnings("unchecked")
    private static Proposal fromItem(Map<String, AttributeValue> item) {
        Map<String, Object> plan = Json.parseObject(Items.string(item, "plan"), Language.EN);
        List<Proposal.GroupPlan> groups = new ArrayList<>();
        for (Object o : (List<Object>) plan.get("groups")) {
            Map<String, Object> g = (Map<String, Object>) o;
            List<Proposal.ApplicantPlan> applicants = new ArrayList<>();
            for (Object ao : (List<Object>) g.get("applicants")) {
                Map<String, Object> a = (Map<String, Object>) ao;
                applicants.add(new Proposal.ApplicantPlan((String) a.get("applicantId"), ((Number) a.get("version")).longValue()));
            }
            groups.add(new Proposal.GroupPlan((String) g.get("groupId"), ((Number) g.get("assumedCount")).intValue(),
                    (String) g.get("language"), (String) g.get("mode"), applicants));
        }
        AttributeValue accepted = item.get("acceptedGroups");
        List<String> acceptedGroups = accepted == null || !accepted.hasL() ? List.of()
                : accepted.l().stream().map(AttributeValue::s).toList();
        Map<String, Object> body = Json.parseObject(gunzip(item.get("body").b().asByteArray()), Language.EN);
        return new Proposal(Items.string(item, "id"), Instant.parse(Items.string(item, "createdAt")),
                Items.string(item, "status"), Items.number(item, "acceptVersion", 0), acceptedGroups, groups, body);
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String gunzip(byte[] data) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
