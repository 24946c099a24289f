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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        item.put("version", n(p.version()));
        // appliedGroups / appliedApplicants are string sets: DynamoDB has no empty set, so they start absent.
        item.put("plan", s(Json.write(planToJson(p.plan()))));
        item.put("body", AttributeValue.fromB(SdkBytes.fromByteArray(gzip(Json.write(p.body())))));
        item.put(Keys.TTL, n(expiresAt.getEpochSecond()));
        return item;
    }

    /**
     * Marks one group of the proposal applied, with the applicants it places: only while that group is not applied
     * yet, so two applies (a retry, or two coordinators at once) never both place it. Goes in the group's transaction.
     */
    static TransactWriteItem applyGroup(String table, Proposal p, Proposal.GroupPlan group) {
        List<String> ids = group.applicants().stream().map(Proposal.ApplicantPlan::applicantId).toList();
        return TransactWriteItem.builder().update(Update.builder().tableName(table).key(key(p.id()))
                .conditionExpression("attribute_exists(pk) AND (attribute_not_exists(appliedGroups)"
                        + " OR NOT contains(appliedGroups, :gid))")
                .updateExpression("ADD appliedGroups :g, appliedApplicants :a SET #v = if_not_exists(#v, :zero) + :one")
                .expressionAttributeNames(Map.of("#v", "version"))
                .expressionAttributeValues(Map.of(":gid", s(group.groupId()), ":g", AttributeValue.fromSs(List.of(group.groupId())),
                        ":a", AttributeValue.fromSs(ids), ":zero", n(0), ":one", n(1)))
                .build()).build();
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
            group.put("slot", g.slot());
            group.put("memberIds", g.memberIds());
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
                    (String) g.get("language"), (String) g.get("mode"), (String) g.get("slot"),
                    (List<String>) g.get("memberIds"), applicants));
        }
        return groups;
    }

    public static Proposal fromItem(Map<String, AttributeValue> item) {
        List<Proposal.GroupPlan> plan = planFromJson(Items.string(item, "plan"));
        Set<String> groups = new LinkedHashSet<>(stringSet(item, "appliedGroups"));
        Set<String> applicants = new LinkedHashSet<>(stringSet(item, "appliedApplicants"));
        AttributeValue legacy = item.get("acceptedGroups"); // proposals accepted before groups were applied one by one
        if (legacy != null && legacy.hasL()) {
            legacy.l().forEach(g -> groups.add(g.s()));
            plan.stream().filter(g -> groups.contains(g.groupId()))
                    .forEach(g -> g.applicants().forEach(a -> applicants.add(a.applicantId())));
        }
        AttributeValue body = item.get("body");
        String bodyJson = body == null || body.b() == null ? "{}" : gunzip(body.b().asByteArray());
        return new Proposal(Items.string(item, "id"), Instant.parse(Items.string(item, "createdAt")),
                Items.number(item, "version", Items.number(item, "acceptVersion", 0)), groups, applicants, plan,
                Json.parseObject(bodyJson, Language.EN));
    }

    private static List<String> stringSet(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null || !v.hasSs() ? List.of() : v.ss();
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
