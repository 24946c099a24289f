package nl.intervisie.matching;

import nl.intervisie.http.Json;
import nl.intervisie.http.Language;
import nl.intervisie.store.Items;
import nl.intervisie.store.Keys;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
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
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static nl.intervisie.store.Items.n;
import static nl.intervisie.store.Items.s;

/**
 * The one owner of the proposal item: pk PROPOSAL#{id}, sk PROPOSAL, gsi1pk PROPOSALS, gsi1sk {createdAt}#{id},
 * TTL 30 days. The body is gzipped JSON (a proposal for hundreds of applicants with reasons would otherwise near
 * the 400 KB item limit); only this class packs and unpacks it.
 */
public final class ProposalItems {
    private ProposalItems() {
    }

    public static Map<String, AttributeValue> key(String id) {
        return Map.of(Keys.PK, s("PROPOSAL#" + id), Keys.SK, s("PROPOSAL"));
    }

    /** Every proposal, oldest first. */
    public static QueryRequest.Builder all(String table) {
        return QueryRequest.builder().tableName(table).indexName(Keys.GSI1)
                .keyConditionExpression("gsi1pk = :p")
                .expressionAttributeValues(Map.of(":p", s("PROPOSALS")));
    }

    public static boolean expired(Map<String, AttributeValue> item, Instant now) {
        return Items.number(item, Keys.TTL, Long.MAX_VALUE) <= now.getEpochSecond();
    }

    /** Whether the proposal names the person anywhere: in its plan or its body (as a JSON string). */
    public static boolean mentions(Map<String, AttributeValue> item, String applicantId) {
        String quoted = "\"" + applicantId + "\"";
        String plan = Items.string(item, "plan");
        AttributeValue body = item.get("body");
        return (plan != null && plan.contains(quoted)) || (body != null && body.b() != null
                && gunzip(body.b().asByteArray()).contains(quoted));
    }

    static Map<String, AttributeValue> toItem(Proposal p, Instant expiresAt) {
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
        return item;
    }

    /**
     * The proposal's accept state moves on (acceptVersion + 1, these groups accepted, ACCEPTED when it
     * {@code completes}), only while it is still open at the version read: two accepts never both apply.
     */
    static TransactWriteItem accept(String table, Proposal p, List<Proposal.GroupPlan> groups, boolean completes) {
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        values.put(":v", n(p.acceptVersion()));
        values.put(":one", n(1));
        values.put(":open", s(Proposal.OPEN));
        values.put(":groups", AttributeValue.fromL(groups.stream().map(g -> s(g.groupId())).toList()));
        String update = "SET acceptVersion = acceptVersion + :one, acceptedGroups = list_append(acceptedGroups, :groups)";
        if (completes) {
            values.put(":accepted", s(Proposal.ACCEPTED));
            update += ", #status = :accepted";
        }
        return TransactWriteItem.builder().update(Update.builder().tableName(table).key(key(p.id()))
                .conditionExpression("#status = :open AND acceptVersion = :v")
                .updateExpression(update)
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(values).build()).build();
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
    private static List<Proposal.GroupPlan> planFromJson(String json) {
        Map<String, Object> plan = Json.parseObject(json, Language.EN);
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
        return groups;
    }

    public static Proposal fromItem(Map<String, AttributeValue> item) {
        AttributeValue accepted = item.get("acceptedGroups");
        List<String> acceptedGroups = accepted == null || !accepted.hasL() ? List.of()
                : accepted.l().stream().map(AttributeValue::s).toList();
        AttributeValue body = item.get("body");
        String bodyJson = body == null || body.b() == null ? "{}" : gunzip(body.b().asByteArray());
        return new Proposal(Items.string(item, "id"), Instant.parse(Items.string(item, "createdAt")),
                Items.string(item, "status"), Items.number(item, "acceptVersion", 0), acceptedGroups,
                planFromJson(Items.string(item, "plan")), Json.parseObject(bodyJson, Language.EN));
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
