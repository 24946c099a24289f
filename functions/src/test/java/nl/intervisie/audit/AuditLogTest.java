package nl.intervisie.audit;

import nl.intervisie.http.Caller;
import nl.intervisie.testing.TestDynamo;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditLogTest {
    private final String table = TestDynamo.freshTable();
    private final Caller coordinator = new Caller("sub-1", "anna", List.of("coordinators"));

    private AuditLog at(String instant) {
        return new AuditLog(TestDynamo.client(), table, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    @Test
    void entriesAreReadBackPerMonthNewestFirstWithIdsOnly() {
        at("2026-11-02T09:00:00Z").record(coordinator, "applicant.clear", List.of("a1"));
        at("2026-11-20T10:00:00Z").record(coordinator, "matching.accept", List.of("p1", "a1", "a2"));
        at("2026-12-01T10:00:00Z").record(coordinator, "applicant.erase", List.of("a3"));

        List<AuditLog.Entry> november = at("2026-12-02T00:00:00Z").month("2026-11");
        assertEquals(List.of("matching.accept", "applicant.clear"), november.stream().map(AuditLog.Entry::action).toList());
        assertEquals(List.of("p1", "a1", "a2"), november.get(0).targets());
        assertEquals("sub-1", november.get(0).actor());
        assertEquals(1, at("2026-12-02T00:00:00Z").month("2026-12").size());
    }

    @Test
    void entriesExpireAfterTwoYears() {
        at("2026-11-02T09:00:00Z").record(coordinator, "applicant.clear", List.of("a1"));
        var item = TestDynamo.client().scan(b -> b.tableName(table)).items().get(0);
        long expires = Long.parseLong(item.get("expiresAt").n());
        assertEquals(Instant.parse("2026-11-02T09:00:00Z").plus(AuditLog.RETENTION).getEpochSecond(), expires);
        assertTrue(item.keySet().stream().noneMatch(k -> k.contains("name") || k.contains("mail")));
    }
}
