package nl.intervisie.applicants;

import nl.intervisie.places.Place;
import nl.intervisie.store.Items;
import nl.intervisie.store.Keys;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static nl.intervisie.store.Items.n;
import static nl.intervisie.store.Items.s;

/**
 * The one owner of the applicant item (pk APPLICANT#{id}, sk APPLICANT, gsi1pk STATUS#{status}, gsi1sk
 * {createdAt}#{id}), its e-mail guard (pk EMAIL#{sha256}, sk EMAIL) and the person index (gsi1pk APPLICANT#{id} on
 * every other item that holds the person's id). Key, attributes, and every write with its condition: sign-up, clear,
 * placement, leaving and erasure compose these pieces; no other class builds these keys or reads these attributes.
 */
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

    /** gsi1pk of every item other than the applicant and the guard that holds the person's id. */
    public static AttributeValue personIndex(String applicantId) {
        return s("APPLICANT#" + applicantId);
    }

    /** DynamoDB deletes expired items within days, not at once: until then a read must treat them as gone. */
    public static boolean expired(Map<String, AttributeValue> item, Instant now) {
        AttributeValue ttl = item.get(Keys.TTL);
        return ttl != null && ttl.n() != null && Long.parseLong(ttl.n()) <= now.getEpochSecond();
    }

    /** Applicants with this status whose retention has not ended at {@code now}, oldest first. */
    public static QueryRequest byStatus(String table, ApplicantStatus status, Instant now) {
        return QueryRequest.builder().tableName(table).indexName(Keys.GSI1)
                .keyConditionExpression("gsi1pk = :p")
                .filterExpression("attribute_not_exists(#ttl) OR #ttl > :now")
                .expressionAttributeNames(Map.of("#ttl", Keys.TTL))
                .expressionAttributeValues(Map.of(":p", statusKey(status), ":now", n(now.getEpochSecond()))).build();
    }

    /** Every item of the person index (memberships, attendance, …). */
    public static QueryRequest personItems(String table, String applicantId) {
        return QueryRequest.builder().tableName(table).indexName(Keys.GSI1)
                .keyConditionExpression("gsi1pk = :p")
                .expressionAttributeValues(Map.of(":p", personIndex(applicantId))).build();
    }

    // ---- writes: the pieces other stores compose into their transactions ----

    /** A new applicant item, only if absent. */
    public static TransactWriteItem create(String table, Applicant a, Instant expiresAt) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(toItem(a, expiresAt))
                .conditionExpression("attribute_not_exists(pk)").build()).build();
    }

    /**
     * The e-mail guard of a new applicant, unless a live one exists. A guard whose application has expired (TTL
     * passed, DynamoDB not yet done deleting: that takes days) no longer counts: the person may sign up again, as
     * reads already treat the old application as gone.
     */
    public static TransactWriteItem createGuard(String table, Applicant a, Instant expiresAt, Instant now) {
        Map<String, AttributeValue> guard = new LinkedHashMap<>(emailGuardKey(a.email()));
        guard.put("type", s("EMAIL_GUARD"));
        guard.put("applicantId", s(a.id()));
        guard.put(Keys.TTL, n(expiresAt.getEpochSecond()));
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(guard)
                .conditionExpression("attribute_not_exists(pk) OR #ttl <= :now")
                .expressionAttributeNames(Map.of("#ttl", Keys.TTL))
                .expressionAttributeValues(Map.of(":now", n(now.getEpochSecond()))).build()).build();
    }

    public static EmailGuard guardFromItem(Map<String, AttributeValue> item) {
        long ttl = Items.number(item, Keys.TTL, -1);
        return new EmailGuard(Items.string(item, "applicantId"), ttl < 0 ? null : Instant.ofEpochSecond(ttl));
    }

    /**
     * WAITING → PLACED in a group, only at the version the proposal recorded and while still waiting. Placed: no
     * longer an application that expires unplaced (the TTL goes).
     */
    public static TransactWriteItem place(String table, String applicantId, long version, String groupId, Instant now) {
        return TransactWriteItem.builder().update(Update.builder().tableName(table).key(key(applicantId))
                .conditionExpression("#version = :v AND #status = :waiting")
                .updateExpression("SET #status = :placed, gsi1pk = :placedKey, groupId = :g, updatedAt = :now,"
                        + " #version = #version + :one REMOVE #ttl")
                .expressionAttributeNames(Map.of("#version", "version", "#status", "status", "#ttl", Keys.TTL))
                .expressionAttributeValues(Map.of(":v", n(version), ":waiting", s(ApplicantStatus.WAITING.name()),
                        ":placed", s(ApplicantStatus.PLACED.name()),
                        ":placedKey", statusKey(ApplicantStatus.PLACED),
                        ":g", s(groupId), ":now", s(now.toString()), ":one", n(1)))
                .build()).build();
    }

    /**
     * UNCONFIRMED → {@code confirmed} (WAITING or NEEDS_REVIEW): only while unconfirmed, at the version read and not
     * expired; the application now lives as long as an unplaced application does ({@code expiresAt}).
     */
    public static TransactWriteItem confirm(String table, String applicantId, long version, ApplicantStatus confirmed,
                                            Instant expiresAt, Instant now) {
        return TransactWriteItem.builder().update(Update.builder().tableName(table).key(key(applicantId))
                .conditionExpression("#status = :unconfirmed AND #version = :v AND #ttl > :nowEpoch")
                .updateExpression("SET #status = :status, gsi1pk = :statusKey, #ttl = :exp, updatedAt = :now,"
                        + " #version = #version + :one")
                .expressionAttributeNames(Map.of("#status", "status", "#version", "version", "#ttl", Keys.TTL))
                .expressionAttributeValues(Map.of(":unconfirmed", s(ApplicantStatus.UNCONFIRMED.name()),
                        ":status", s(confirmed.name()), ":statusKey", statusKey(confirmed), ":v", n(version),
                        ":nowEpoch", n(now.getEpochSecond()), ":exp", n(expiresAt.getEpochSecond()),
                        ":now", s(now.toString()), ":one", n(1)))
                .build()).build();
    }

    /** The preferences a waiting person may change themselves, only at the version read and while still waiting. */
    public static UpdateItemRequest changePreferences(String table, Applicant changed, long version, Instant now) {
        Map<String, AttributeValue> values = new LinkedHashMap<>(Map.of(":v", n(version),
                ":waiting", s(ApplicantStatus.WAITING.name()), ":review", s(ApplicantStatus.NEEDS_REVIEW.name()),
                ":mode", s(changed.mode()), ":region", s(changed.region()), ":language", s(changed.language()),
                ":slots", slots(changed.availability()), ":now", s(now.toString()), ":one", n(1)));
        String update = "SET #mode = :mode, #region = :region, #language = :language, slots = :slots, updatedAt = :now,"
                + " #version = #version + :one";
        return UpdateItemRequest.builder().tableName(table).key(key(changed.id()))
                .conditionExpression("#version = :v AND #status IN (:waiting, :review)")
                .updateExpression(withLocation(update, changed.location(), values))
                .expressionAttributeNames(Map.of("#version", "version", "#status", "status", "#mode", "mode",
                        "#region", "region", "#language", "language"))
                .expressionAttributeValues(values).build();
    }

    /** A SET expression with the location's attributes added (or, when there is none, removed). */
    private static String withLocation(String set, Place l, Map<String, AttributeValue> values) {
        if (l == null) {
            return set + " REMOVE municipalityId, municipality, latitude, longitude";
        }
        values.putAll(Map.of(":mid", s(l.municipalityId()), ":mname", s(l.municipality()),
                ":lat", AttributeValue.fromN(Double.toString(l.latitude())),
                ":lon", AttributeValue.fromN(Double.toString(l.longitude()))));
        return set + ", municipalityId = :mid, municipality = :mname, latitude = :lat, longitude = :lon";
    }

    /** Withdrawing an application: the applicant item goes, only at the version read and while still waiting. */
    public static TransactWriteItem withdraw(String table, String applicantId, long version) {
        return TransactWriteItem.builder().delete(software.amazon.awssdk.services.dynamodb.model.Delete.builder()
                .tableName(table).key(key(applicantId))
                .conditionExpression("#version = :v AND #status IN (:waiting, :review)")
                .expressionAttributeNames(Map.of("#version", "version", "#status", "status"))
                .expressionAttributeValues(Map.of(":v", n(version), ":waiting", s(ApplicantStatus.WAITING.name()),
                        ":review", s(ApplicantStatus.NEEDS_REVIEW.name()))).build()).build();
    }

    /** The guard goes with a withdrawn application (only the person's own guard). */
    public static TransactWriteItem withdrawGuard(String table, String email, String applicantId) {
        DeleteItemRequest d = deleteGuard(table, email, applicantId);
        return TransactWriteItem.builder().delete(software.amazon.awssdk.services.dynamodb.model.Delete.builder()
                .tableName(table).key(d.key()).conditionExpression(d.conditionExpression())
                .expressionAttributeValues(d.expressionAttributeValues()).build()).build();
    }

    /** The guard of a placed person loses its TTL too (only the person's own guard). */
    public static TransactWriteItem keepGuard(String table, String email, String applicantId) {
        return TransactWriteItem.builder().update(Update.builder().tableName(table).key(emailGuardKey(email))
                .conditionExpression("applicantId = :id")
                .updateExpression("REMOVE #ttl")
                .expressionAttributeNames(Map.of("#ttl", Keys.TTL))
                .expressionAttributeValues(Map.of(":id", s(applicantId)))
                .build()).build();
    }

    /** The guard gets the person's end date (only the person's own guard). */
    public static TransactWriteItem expireGuard(String table, String email, String applicantId, Instant expiresAt) {
        return TransactWriteItem.builder().update(Update.builder().tableName(table).key(emailGuardKey(email))
                .conditionExpression("applicantId = :id")
                .updateExpression("SET #ttl = :exp")
                .expressionAttributeNames(Map.of("#ttl", Keys.TTL))
                .expressionAttributeValues(Map.of(":id", s(applicantId), ":exp", n(expiresAt.getEpochSecond())))
                .build()).build();
    }

    /**
     * NEEDS_REVIEW → WAITING, only while still under review, at the version the coordinator saw, and not expired.
     */
    public static UpdateItemRequest clearReview(String table, String applicantId, long expectedVersion, String actor,
                                                  Instant now) {
        return UpdateItemRequest.builder().tableName(table).key(key(applicantId))
                .conditionExpression("#status = :review AND #version = :expected"
                        + " AND (attribute_not_exists(#ttl) OR #ttl > :nowEpoch)")
                .updateExpression("SET #status = :waiting, gsi1pk = :waitingKey, updatedAt = :now,"
                        + " #version = #version + :one, " + APPEND)
                .expressionAttributeNames(Map.of("#status", "status", "#version", "version", "#ttl", Keys.TTL))
                .expressionAttributeValues(Map.of(
                        ":review", s(ApplicantStatus.NEEDS_REVIEW.name()),
                        ":waiting", s(ApplicantStatus.WAITING.name()),
                        ":waitingKey", statusKey(ApplicantStatus.WAITING),
                        ":expected", n(expectedVersion),
                        ":nowEpoch", n(now.getEpochSecond()),
                        ":now", s(now.toString()),
                        ":one", n(1), ":none", NO_STEPS, ":step", step("admitted", actor, null, now))).build();
    }

    /**
     * A member left a group: only at the version read, the applicant gets version + 1 (always, so two leaves of one
     * person racing each other cannot both conclude "still in the other group"), {@code newStatus} (null: unchanged),
     * {@code groupIdAfter} (null: removed) and, when not null, the TTL {@code expiresAt}.
     */
    public static TransactWriteItem leave(String table, String applicantId, long version, ApplicantStatus newStatus,
                                          String groupIdAfter, Instant expiresAt, Instant now) {
        Map<String, String> names = new LinkedHashMap<>(Map.of("#version", "version"));
        Map<String, AttributeValue> values = new LinkedHashMap<>(Map.of(":v", n(version), ":one", n(1),
                ":now", s(now.toString())));
        StringBuilder update = new StringBuilder("SET updatedAt = :now, #version = #version + :one");
        if (newStatus != null) {
            names.put("#status", "status");
            values.put(":status", s(newStatus.name()));
            values.put(":statusKey", statusKey(newStatus));
            update.append(", #status = :status, gsi1pk = :statusKey");
        }
        if (expiresAt != null) {
            names.put("#ttl", Keys.TTL);
            values.put(":exp", n(expiresAt.getEpochSecond()));
            update.append(", #ttl = :exp");
        }
        if (groupIdAfter != null) {
            values.put(":g", s(groupIdAfter));
            update.append(", groupId = :g");
        } else {
            update.append(" REMOVE groupId");
        }
        return TransactWriteItem.builder().update(Update.builder().tableName(table).key(key(applicantId))
                .conditionExpression("#version = :v")
                .updateExpression(update.toString())
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)
                .build()).build();
    }

    // ---- coordinators' steps: each appends one entry to the item's history (what, when, by whom; never content) ----

    private static final String APPEND = "history = list_append(if_not_exists(history, :none), :step)";
    private static final AttributeValue NO_STEPS = AttributeValue.fromL(List.of());

    /** The one-entry list appended to the history. */
    private static AttributeValue step(String event, String actor, String groupId, Instant now) {
        Map<String, AttributeValue> step = new LinkedHashMap<>();
        step.put("at", s(now.toString()));
        step.put("event", s(event));
        step.put("by", s(actor == null ? "" : actor));
        if (groupId != null) {
            step.put("groupId", s(groupId));
        }
        return AttributeValue.fromL(List.of(AttributeValue.fromM(step)));
    }

    /**
     * The intake conversation took place on {@code date}, held by {@code heldBy}: only for a confirmed application,
     * and, when {@code version} is given, only at that version.
     */
    public static UpdateItemRequest recordIntake(String table, String applicantId, LocalDate date, String heldBy,
                                                 Long version, String actor, Instant now) {
        Map<String, AttributeValue> values = new LinkedHashMap<>(Map.of(":unconfirmed",
                s(ApplicantStatus.UNCONFIRMED.name()), ":date", s(date.toString()), ":heldBy", s(heldBy),
                ":now", s(now.toString()), ":one", n(1), ":none", NO_STEPS, ":step", step("intake", actor, null, now)));
        String condition = "attribute_exists(pk) AND #status <> :unconfirmed";
        if (version != null) {
            condition += " AND #version = :v";
            values.put(":v", n(version));
        }
        return UpdateItemRequest.builder().tableName(table).key(key(applicantId)).conditionExpression(condition)
                .updateExpression("SET intakeOn = :date, intakeBy = :heldBy, updatedAt = :now,"
                        + " #version = #version + :one, " + APPEND)
                .expressionAttributeNames(Map.of("#status", "status", "#version", "version"))
                .expressionAttributeValues(values).build();
    }

    /** Declined, with the coordinator's reason: only at the version read and while not placed (nor left). */
    public static UpdateItemRequest decline(String table, String applicantId, long version, String reason,
                                            String actor, Instant now) {
        return UpdateItemRequest.builder().tableName(table).key(key(applicantId))
                .conditionExpression("#version = :v AND #status IN (:waiting, :review, :unconfirmed)")
                .updateExpression("SET #status = :declined, gsi1pk = :declinedKey, declineReason = :reason,"
                        + " updatedAt = :now, #version = #version + :one, " + APPEND)
                .expressionAttributeNames(Map.of("#version", "version", "#status", "status"))
                .expressionAttributeValues(Map.ofEntries(Map.entry(":v", n(version)),
                        Map.entry(":waiting", s(ApplicantStatus.WAITING.name())),
                        Map.entry(":review", s(ApplicantStatus.NEEDS_REVIEW.name())),
                        Map.entry(":unconfirmed", s(ApplicantStatus.UNCONFIRMED.name())),
                        Map.entry(":declined", s(ApplicantStatus.DECLINED.name())),
                        Map.entry(":declinedKey", statusKey(ApplicantStatus.DECLINED)),
                        Map.entry(":reason", s(reason)), Map.entry(":now", s(now.toString())), Map.entry(":one", n(1)),
                        Map.entry(":none", NO_STEPS), Map.entry(":step", step("declined", actor, null, now)))).build();
    }

    /**
     * The preferences agreed at the intake (mode, place, region, language, availability, avoid list, remarks): only
     * at the version read, while in review, waiting or placed.
     */
    public static UpdateItemRequest editPreferences(String table, Applicant changed, long version, String actor,
                                                    Instant now) {
        Map<String, AttributeValue> values = new LinkedHashMap<>(Map.ofEntries(Map.entry(":v", n(version)),
                Map.entry(":waiting", s(ApplicantStatus.WAITING.name())),
                Map.entry(":review", s(ApplicantStatus.NEEDS_REVIEW.name())),
                Map.entry(":placed", s(ApplicantStatus.PLACED.name())), Map.entry(":mode", s(changed.mode())),
                Map.entry(":region", s(changed.region())), Map.entry(":language", s(changed.language())),
                Map.entry(":slots", slots(changed.availability())),
                Map.entry(":avoid", AttributeValue.fromL(changed.avoid().stream().map(Items::s).toList())),
                Map.entry(":remarks", s(changed.remarks())), Map.entry(":now", s(now.toString())),
                Map.entry(":one", n(1)), Map.entry(":none", NO_STEPS),
                Map.entry(":step", step("preferences", actor, null, now))));
        String update = "SET #mode = :mode, #region = :region, #language = :language, slots = :slots, avoid = :avoid,"
                + " remarks = :remarks, updatedAt = :now, #version = #version + :one, " + APPEND;
        return UpdateItemRequest.builder().tableName(table).key(key(changed.id()))
                .conditionExpression("#version = :v AND #status IN (:waiting, :review, :placed)")
                .updateExpression(withLocation(update, changed.location(), values))
                .expressionAttributeNames(Map.of("#version", "version", "#status", "status", "#mode", "mode",
                        "#region", "region", "#language", "language"))
                .expressionAttributeValues(values).build();
    }

    /** WAITING → PLACED by a coordinator's hand: as {@link #place}, with the step in the history. */
    public static TransactWriteItem placeByHand(String table, String applicantId, long version, String groupId,
                                                String actor, Instant now) {
        Update u = place(table, applicantId, version, groupId, now).update();
        Map<String, AttributeValue> values = new LinkedHashMap<>(u.expressionAttributeValues());
        values.put(":none", NO_STEPS);
        values.put(":step", step("placed", actor, groupId, now));
        return TransactWriteItem.builder().update(u.toBuilder()
                .updateExpression(u.updateExpression().replace(" REMOVE ", ", " + APPEND + " REMOVE "))
                .expressionAttributeValues(values).build()).build();
    }

    /** A placed person moves from one group to another: only at the version read and while placed in {@code from}. */
    public static TransactWriteItem move(String table, String applicantId, long version, String from, String to,
                                         String actor, Instant now) {
        return TransactWriteItem.builder().update(Update.builder().tableName(table).key(key(applicantId))
                .conditionExpression("#version = :v AND #status = :placed AND groupId = :from")
                .updateExpression("SET groupId = :to, updatedAt = :now, #version = #version + :one, " + APPEND)
                .expressionAttributeNames(Map.of("#version", "version", "#status", "status"))
                .expressionAttributeValues(Map.of(":v", n(version), ":placed", s(ApplicantStatus.PLACED.name()),
                        ":from", s(from), ":to", s(to), ":now", s(now.toString()), ":one", n(1), ":none", NO_STEPS,
                        ":step", step("moved", actor, to, now))).build()).build();
    }

    /** The applicant with the coordinators' records of the same item. */
    public static ApplicantFile fileFromItem(Map<String, AttributeValue> item) {
        String intakeOn = Items.string(item, "intakeOn");
        AttributeValue history = item.get("history");
        List<ApplicantFile.Step> steps = history == null || !history.hasL() ? List.of() : history.l().stream()
                .map(AttributeValue::m)
                .map(m -> new ApplicantFile.Step(Instant.parse(Items.string(m, "at")), Items.string(m, "event"),
                        Items.string(m, "by"), Items.string(m, "groupId")))
                .toList();
        return new ApplicantFile(fromItem(item), intakeOn == null ? null : LocalDate.parse(intakeOn),
                Items.string(item, "intakeBy"), Items.string(item, "declineReason"), steps);
    }

    /** Deletes the guard, only if it is this person's. */
    public static DeleteItemRequest deleteGuard(String table, String email, String applicantId) {
        return DeleteItemRequest.builder().tableName(table).key(emailGuardKey(email))
                .conditionExpression("applicantId = :id")
                .expressionAttributeValues(Map.of(":id", s(applicantId))).build();
    }

    public static DeleteItemRequest delete(String table, String applicantId) {
        return DeleteItemRequest.builder().tableName(table).key(key(applicantId)).build();
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
        putLocation(item, a.location());
        item.put("language", s(a.language()));
        item.put("slots", slots(a.availability()));
        item.put("availability", s(a.availabilityNote() == null ? "" : a.availabilityNote()));
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
        return new Applicant(
                Items.string(item, "id"), Items.string(item, "reference"), Items.string(item, "name"),
                Items.string(item, "email"), Items.string(item, "organisation"), Items.string(item, "role"),
                bool(item, "basicTrainingCompleted"), bool(item, "formallyAppointed"), Items.string(item, "mode"),
                Items.string(item, "place"), Items.string(item, "region"), location(item),
                Items.string(item, "language"), strings(item, "slots"), Items.string(item, "availability"),
                strings(item, "avoid"), Items.string(item, "remarks"),
                ApplicantStatus.valueOf(Items.string(item, "status")),
                Instant.parse(Items.string(item, "createdAt")), Instant.parse(Items.string(item, "updatedAt")),
                Items.number(item, "version", 0), Items.string(item, "groupId"));
    }

    /** Where the person is: the municipality and its point (attributes municipalityId, municipality, latitude, longitude). */
    private static void putLocation(Map<String, AttributeValue> item, Place l) {
        if (l != null) {
            item.put("municipalityId", s(l.municipalityId()));
            item.put("municipality", s(l.municipality()));
            item.put("latitude", AttributeValue.fromN(Double.toString(l.latitude())));
            item.put("longitude", AttributeValue.fromN(Double.toString(l.longitude())));
        }
    }

    private static Place location(Map<String, AttributeValue> item) {
        String id = Items.string(item, "municipalityId");
        AttributeValue lat = item.get("latitude");
        AttributeValue lon = item.get("longitude");
        if (id == null || lat == null || lon == null) {
            return null;
        }
        String name = Items.string(item, "municipality");
        return new Place(name, id, name, Double.parseDouble(lat.n()), Double.parseDouble(lon.n()));
    }

    private static AttributeValue slots(List<String> slots) {
        return AttributeValue.fromL(slots.stream().map(Items::s).toList());
    }

    private static List<String> strings(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || !value.hasL() ? List.of() : value.l().stream().map(AttributeValue::s).toList();
    }

    /** What {@link #idAndName} reads: a projection for batch reads of many applicants. */
    public static final String NAME_PROJECTION = "id, #n";
    public static final Map<String, String> NAME_PROJECTION_NAMES = Map.of("#n", "name");

    /** Id and name of an applicant item read with {@link #NAME_PROJECTION}. */
    public static Map.Entry<String, String> idAndName(Map<String, AttributeValue> item) {
        return Map.entry(Items.string(item, "id"), Items.string(item, "name"));
    }

    /** The address of an applicant item (or of its projection on "email"). */
    static String email(Map<String, AttributeValue> item) {
        return Items.string(item, "email");
    }

    private static boolean bool(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value != null && Boolean.TRUE.equals(value.bool());
    }
}
