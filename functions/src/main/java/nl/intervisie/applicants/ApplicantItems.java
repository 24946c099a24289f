package nl.intervisie.applicants;

import nl.intervisie.store.Items;
import nl.intervisie.store.Keys;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static nl.intervisie.store.Items.s;

/** The applicant's item format (one place: sign-up writes it, matching, attendance and admin read it). */
public final class ApplicantItems {
    private ApplicantItems() {
    }

    public static Map<String, AttributeValue> key(String applicantId) {
        return Map.of(Keys.PK, s("APPLICANT#" + applicantId), Keys.SK, s("APPLICANT"));
    }

    /** The e-mail guard's key: a hash, so the guard itself holds no readable address. */
    public static Map<String, AttributeValue> emailGuardKey(String email) {
        return Map.of(Keys.PK, s("EMAIL#" + emailHash(email)), Keys.SK, s("EMAIL"));
    }

    public static String emailHash(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static AttributeValue statusKey(ApplicantStatus status) {
        return s("STATUS#" + status.name());
    }

    public static Map<String, AttributeValue> toItem(Applicant a, Instant expiresAt) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(key(a.id()));
        item.put(Keys.GSI1_PK, statusKey(a.status()));
        item.put(Keys.GSI1_SK, s(a.createdAt() + "#" + a.id()));
        item.put("type", s("APPLICANT"));
        item.put("id", s(a.id()));
        item.put("reference", s(a.reference()));
        item.put("name", s(a.name()));
        item.put("email", s(a.email()));
        item.put("organisation", s(a.organisation()));
        item.put("role", s(a.role()));
        item.put("basicTrainingCompleted", AttributeValue.fromBool(a.basicTrainingCompleted()));
        item.put("formallyAppointed", AttributeValue.fromBool(a.formallyAppointed()));
        item.put("mode", s(a.mode()));
        item.put("place", s(a.place()));
        item.put("region", s(a.region()));
        item.put("language", s(a.language()));
        item.put("availability", s(a.availability()));
        item.put("avoid", AttributeValue.fromL(a.avoid().stream().map(Items::s).toList()));
        item.put("remarks", s(a.remarks()));
        item.put("status", s(a.status().name()));
        item.put("createdAt", s(a.createdAt().toString()));
        item.put("updatedAt", s(a.updatedAt().toString()));
        item.put("version", Items.n(a.version()));
        if (a.groupId() != null) {
            item.put("groupId", s(a.groupId()));
        }
        if (expiresAt != null) {
            item.put(Keys.TTL, Items.n(expiresAt.getEpochSecond()));
        }
        return item;
    }

    public static Applicant fromItem(Map<String, AttributeValue> item) {
        AttributeValue avoid = item.get("avoid");
        List<String> avoidList = avoid == null || !avoid.hasL() ? List.of() : avoid.l().stream().map(AttributeValue::s).toList();
        return new Applicant(
                Items.string(item, "id"), Items.string(item, "reference"), Items.string(item, "name"),
                Items.string(item, "email"), Items.string(item, "organisation"), Items.string(item, "role"),
                bool(item, "basicTrainingCompleted"), bool(item, "formallyAppointed"), Items.string(item, "mode"),
                Items.string(item, "place"), Items.string(item, "region"), Items.string(item, "language"),
                Items.string(item, "availability"), avoidList, Items.string(item, "remarks"),
                ApplicantStatus.valueOf(Items.string(item, "status")),
                Instant.parse(Items.string(item, "createdAt")), Instant.parse(Items.string(item, "updatedAt")),
                Items.number(item, "version", 0), Items.string(item, "groupId"));
    }

    private static boolean bool(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value != null && Boolean.TRUE.equals(value.bool());
    }
}
