package nl.intervisie.applicants;

import nl.intervisie.testing.TestDynamo;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DynamoApplicantStoreTest {
    private final DynamoApplicantStore store = new DynamoApplicantStore(TestDynamo.client(), TestDynamo.freshTable());

    static Applicant applicant(String id, String email, ApplicantStatus status, Instant createdAt) {
        return ApplicantBuilder.applicant(id).name("Anneke van 't Hoff").email(email).organisation("Ministerie van BZK")
                .place("3511 AB").availabilityNote("dinsdag").avoid(List.of("Piet", "DUO")).status(status)
                .createdAt(createdAt).build();
    }

    @Test
    void createdApplicantReadsBackTheSame() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Applicant a = applicant("a1", "anneke@example.org", ApplicantStatus.WAITING, now);
        assertEquals(ApplicantStore.CreateResult.CREATED, store.create(a, now.plus(365, ChronoUnit.DAYS)));
        assertEquals(a, store.get("a1").orElseThrow());
        assertTrue(store.get("nope").isEmpty());
    }

    @Test
    void sameAddressInAnotherCaseIsADuplicateAndNothingIsWritten() {
        Instant now = Instant.now();
        store.create(applicant("b1", "Bert@Example.org", ApplicantStatus.WAITING, now), now.plusSeconds(60));
        var result = store.create(applicant("b2", " bert@example.ORG ", ApplicantStatus.WAITING, now), now.plusSeconds(60));
        assertEquals(ApplicantStore.CreateResult.DUPLICATE, result);
        assertTrue(store.get("b2").isEmpty());
    }

    @Test
    void listByStatusIsOldestFirst() {
        Instant t = Instant.parse("2026-01-01T10:00:00Z");
        store.create(applicant("c2", "c2@example.org", ApplicantStatus.NEEDS_REVIEW, t.plusSeconds(5)), t.plus(3650, ChronoUnit.DAYS));
        store.create(applicant("c1", "c1@example.org", ApplicantStatus.NEEDS_REVIEW, t), t.plus(3650, ChronoUnit.DAYS));
        store.create(applicant("c3", "c3@example.org", ApplicantStatus.WAITING, t), t.plus(3650, ChronoUnit.DAYS));
        assertEquals(List.of("c1", "c2"), store.listByStatus(ApplicantStatus.NEEDS_REVIEW).stream().map(Applicant::id).toList());
    }

    @Test
    void expiredApplicationsAreGoneForReadsBeforeDynamoDbDeletesThem() {
        String table = TestDynamo.freshTable();
        Instant t = Instant.parse("2026-01-01T10:00:00Z");
        var writer = new DynamoApplicantStore(TestDynamo.client(), table);
        writer.create(applicant("e1", "e1@example.org", ApplicantStatus.WAITING, t), t.plusSeconds(100));
        writer.create(applicant("e2", "e2@example.org", ApplicantStatus.WAITING, t), t.plusSeconds(200));
        var before = new DynamoApplicantStore(TestDynamo.client(), table, java.time.Clock.fixed(t.plusSeconds(99), java.time.ZoneOffset.UTC));
        var between = new DynamoApplicantStore(TestDynamo.client(), table, java.time.Clock.fixed(t.plusSeconds(100), java.time.ZoneOffset.UTC));
        assertEquals(List.of("e1", "e2"), before.listByStatus(ApplicantStatus.WAITING).stream().map(Applicant::id).toList());
        assertEquals(List.of("e2"), between.listByStatus(ApplicantStatus.WAITING).stream().map(Applicant::id).toList());
        assertTrue(before.get("e1").isPresent());
        assertTrue(between.get("e1").isEmpty(), "expired at its TTL second");
        // the item is still stored (DynamoDB Local never deletes; DynamoDB does so within days)
        assertEquals(2, TestDynamo.client().scan(b -> b.tableName(table).filterExpression("begins_with(pk, :a)")
                .expressionAttributeValues(java.util.Map.of(":a", nl.intervisie.store.Items.s("APPLICANT#")))).count());
    }

    @Test
    void anAddressWhoseApplicationExpiredMaySignUpAgainBeforeDynamoDbDeletesTheOldItems() {
        String table = TestDynamo.freshTable();
        Instant t = Instant.parse("2026-01-01T10:00:00Z");
        var atSignUp = new DynamoApplicantStore(TestDynamo.client(), table, java.time.Clock.fixed(t, java.time.ZoneOffset.UTC));
        atSignUp.create(applicant("x1", "x@example.org", ApplicantStatus.WAITING, t), t.plusSeconds(100));
        var stillValid = new DynamoApplicantStore(TestDynamo.client(), table, java.time.Clock.fixed(t.plusSeconds(99), java.time.ZoneOffset.UTC));
        assertEquals(ApplicantStore.CreateResult.DUPLICATE,
                stillValid.create(applicant("x2", "x@example.org", ApplicantStatus.WAITING, t.plusSeconds(99)), t.plusSeconds(500)));
        var expired = new DynamoApplicantStore(TestDynamo.client(), table, java.time.Clock.fixed(t.plusSeconds(100), java.time.ZoneOffset.UTC));
        assertEquals(ApplicantStore.CreateResult.CREATED,
                expired.create(applicant("x3", "x@example.org", ApplicantStatus.WAITING, t.plusSeconds(100)), t.plusSeconds(500)));
        assertEquals(List.of("x3"), expired.listByStatus(ApplicantStatus.WAITING).stream().map(Applicant::id).toList());
        assertEquals(ApplicantStore.CreateResult.DUPLICATE,
                expired.create(applicant("x4", "X@example.org", ApplicantStatus.WAITING, t.plusSeconds(100)), t.plusSeconds(500)),
                "the new guard counts again");
    }
}
