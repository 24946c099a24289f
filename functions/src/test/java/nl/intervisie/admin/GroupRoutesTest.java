package nl.intervisie.admin;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import nl.intervisie.audit.AuditLog;
import nl.intervisie.groups.GroupsHandler;
import nl.intervisie.groups.Membership;
import nl.intervisie.groups.MembershipItems;
import nl.intervisie.http.Json;
import nl.intervisie.http.Language;
import nl.intervisie.store.Keys;
import nl.intervisie.testing.Events;
import nl.intervisie.testing.TestDynamo;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static nl.intervisie.store.Items.n;
import static nl.intervisie.store.Items.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Coordinators create, edit and close groups; the public list tells the places open. DynamoDB Local. */
class GroupRoutesTest {
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final String table = TestDynamo.freshTable();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final AuditLog audit = new AuditLog(TestDynamo.client(), table, clock);
    private final AdminHandler admin = new AdminHandler(AdminHandlerTest.wiring(table, clock));
    private final GroupsHandler open = new GroupsHandler(AdminHandlerTest.wiring(table, clock));

    static Map<String, Object> utrecht() {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("name", "Utrecht Oost");
        g.put("region", "Midden");
        g.put("city", "Utrecht");
        g.put("venue", "Stadskantoor");
        g.put("weekday", "wednesday");
        g.put("partOfDay", "evening");
        g.put("frequency", "4 keer per jaar");
        g.put("language", "nl");
        g.put("mode", "in-person");
        g.put("capacity", 3);
        g.put("facilitator", "Ineke");
        g.put("facilitatorEmail", "ineke@example.org");
        g.put("facilitatorUsername", "ineke.b");
        g.put("latitude", 52.09);
        g.put("longitude", 5.12);
        return g;
    }

    private APIGatewayV2HTTPResponse call(String method, String path, Object body, String language) {
        APIGatewayV2HTTPEvent event = body == null ? Events.request(method, path)
                : Events.json(method, path, body instanceof String text ? text : Json.write(body));
        if (language != null) {
            event.getHeaders().put("accept-language", language);
        }
        return admin.handleRequest(Events.asCoordinator(event), null);
    }

    private APIGatewayV2HTTPResponse call(String method, String path, Object body) {
        return call(method, path, body, null);
    }

    private static Map<String, Object> body(APIGatewayV2HTTPResponse r) {
        return Json.parseObject(r.getBody(), Language.NL);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> body, String name) {
        return (List<Map<String, Object>>) body.get(name);
    }

    private String create(Map<String, Object> group) {
        var r = call("POST", "/api/admin/groups", group);
        assertEquals(201, r.getStatusCode(), r.getBody());
        return (String) body(r).get("id");
    }

    private Map<String, Object> read(String id) {
        var r = call("GET", "/api/admin/groups/" + id, null);
        assertEquals(200, r.getStatusCode(), r.getBody());
        return body(r);
    }

    private void addMember(String groupId, String applicantId) {
        TestDynamo.client().putItem(b -> b.tableName(table).item(MembershipItems.toItem(
                new Membership(groupId, applicantId, LocalDate.parse("2026-01-01"), null))));
        TestDynamo.client().updateItem(b -> b.tableName(table)
                .key(Map.of(Keys.PK, s("GROUP#" + groupId), Keys.SK, s("GROUP")))
                .updateExpression("SET memberCount = memberCount + :one")
                .expressionAttributeValues(Map.of(":one", n(1))));
    }

    private List<Map<String, Object>> publicGroups() {
        var r = open.handleRequest(Events.request("GET", "/api/groups"), null);
        assertEquals(200, r.getStatusCode(), r.getBody());
        assertEquals("public, max-age=0, s-maxage=60", r.getHeaders().get("Cache-Control"));
        assertFalse(r.getBody().contains("example.org") || r.getBody().contains("ineke.b")
                || r.getBody().contains("facilitatorEmail") || r.getBody().contains("memberCount"), r.getBody());
        return list(body(r), "groups");
    }

    @Test
    void aCreatedGroupHasEveryFactIsAuditedAndShowsPubliclyWithItsPlaces() {
        String id = create(utrecht());
        assertEquals("utrecht-oost-1", id);
        Map<String, Object> g = read(id);
        for (var field : utrecht().entrySet()) {
            assertEquals(field.getValue().toString(), String.valueOf(g.get(field.getKey())), field.getKey());
        }
        assertEquals("open", g.get("status"));
        assertEquals(1, ((Number) g.get("version")).intValue());
        assertEquals("woensdagavond", g.get("day"));
        assertEquals(List.of(), g.get("members"));
        assertEquals("group.create", audit.month("2026-11").get(0).action());
        assertEquals(List.of(id), audit.month("2026-11").get(0).targets());
        assertEquals("utrecht-oost-2", create(utrecht()), "a second group of the same name gets the next number");

        addMember(id, "a1");
        addMember(id, "a2");
        var listed = publicGroups().stream().filter(p -> p.get("id").equals(id)).findFirst().orElseThrow();
        assertEquals(1, ((Number) listed.get("placesOpen")).intValue(), "capacity 3 minus 2 members");
        assertEquals("Ineke", listed.get("facilitator"));
        assertEquals(2, list(read(id), "members").size());
    }

    @Test
    void anEditAtTheVersionReadIsSavedAStaleOneIs409AndWritesNothing() {
        String id = create(utrecht());
        Map<String, Object> edit = utrecht();
        edit.put("venue", "Provinciehuis");
        edit.put("version", 1);
        var r = call("PUT", "/api/admin/groups/" + id, edit);
        assertEquals(200, r.getStatusCode(), r.getBody());
        assertEquals("Provinciehuis", body(r).get("venue"));
        assertEquals(2, ((Number) body(r).get("version")).intValue());

        Map<String, Object> stale = utrecht();
        stale.put("venue", "Ergens anders");
        stale.put("version", 1);
        var refused = call("PUT", "/api/admin/groups/" + id, stale);
        assertEquals(409, refused.getStatusCode());
        assertTrue(refused.getBody().contains("Iemand anders heeft deze groep net gewijzigd"), refused.getBody());
        assertEquals("Provinciehuis", read(id).get("venue"), "nothing written");
        assertEquals(2, ((Number) read(id).get("version")).intValue());
        assertEquals(1, audit.month("2026-11").stream().filter(e -> e.action().equals("group.update")).count(),
                "the saved edit is audited, the refused one not");
    }

    @Test
    void twoEditsRacingFromTheSameVersionSaveOneAndRefuseTheOther() throws Exception {
        String id = create(utrecht());
        int rounds = 5;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < rounds; round++) {
                long version = ((Number) read(id).get("version")).longValue();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> results = new ArrayList<>();
                for (String venue : List.of("Zaal A" + round, "Zaal B" + round)) {
                    Map<String, Object> edit = utrecht();
                    edit.put("venue", venue);
                    edit.put("version", version);
                    results.add(pool.submit(() -> {
                        start.await();
                        return call("PUT", "/api/admin/groups/" + id, edit).getStatusCode();
                    }));
                }
                start.countDown();
                List<Integer> codes = new ArrayList<>();
                for (var f : results) {
                    codes.add(f.get());
                }
                codes.sort(Integer::compare);
                assertEquals(List.of(200, 409), codes, "round " + round);
                assertEquals(version + 1, ((Number) read(id).get("version")).longValue());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void closingAGroupWithMembersIsRefusedWithoutMembersItCloses() {
        String id = create(utrecht());
        addMember(id, "a1");
        Map<String, Object> close = utrecht();
        close.put("status", "closed");
        close.put("version", 1);
        var refused = call("PUT", "/api/admin/groups/" + id, close);
        assertEquals(409, refused.getStatusCode());
        assertTrue(refused.getBody().contains("Deze groep heeft nog deelnemers"), refused.getBody());
        assertEquals("open", read(id).get("status"));

        String empty = create(utrecht());
        close.put("version", 1);
        var closed = call("PUT", "/api/admin/groups/" + empty, close);
        assertEquals(200, closed.getStatusCode(), closed.getBody());
        assertEquals("closed", read(empty).get("status"));
        assertTrue(audit.month("2026-11").stream().anyMatch(e -> e.action().equals("group.close")
                && e.targets().equals(List.of(empty))), "closing is audited");
        assertTrue(publicGroups().stream().noneMatch(p -> p.get("id").equals(empty)), "closed groups are not public");
        assertTrue(publicGroups().stream().anyMatch(p -> p.get("id").equals(id)));
    }

    @Test
    void fewerPlacesThanMembersIsRefusedAndAFullGroupOffersNoPlaces() {
        String id = create(utrecht());
        addMember(id, "a1");
        addMember(id, "a2");
        Map<String, Object> smaller = utrecht();
        smaller.put("capacity", 1);
        smaller.put("version", 1);
        assertEquals(409, call("PUT", "/api/admin/groups/" + id, smaller).getStatusCode());
        Map<String, Object> full = utrecht();
        full.put("status", "full");
        full.put("version", 1);
        assertEquals(200, call("PUT", "/api/admin/groups/" + id, full).getStatusCode());
        var listed = publicGroups().stream().filter(p -> p.get("id").equals(id)).findFirst().orElseThrow();
        assertEquals(0, ((Number) listed.get("placesOpen")).intValue());
        assertEquals("full", listed.get("status"));
    }

    @Test
    void badInputOnEveryNewRouteIsA4xxWithAMessageInTheCallersLanguage() {
        String id = create(utrecht());
        List<Object[]> cases = new ArrayList<>(); // field, bad value
        cases.add(new Object[]{"name", ""});
        cases.add(new Object[]{"name", "x".repeat(81)});
        cases.add(new Object[]{"city", null});
        cases.add(new Object[]{"venue", 12});
        cases.add(new Object[]{"weekday", "dinsdag"});
        cases.add(new Object[]{"partOfDay", "night"});
        cases.add(new Object[]{"language", "de"});
        cases.add(new Object[]{"mode", "hybrid"});
        cases.add(new Object[]{"capacity", 10});
        cases.add(new Object[]{"capacity", 0});
        cases.add(new Object[]{"capacity", 2.5});
        cases.add(new Object[]{"capacity", "9"});
        cases.add(new Object[]{"facilitator", "Ineke\nB"});
        cases.add(new Object[]{"facilitatorEmail", "geen-adres"});
        cases.add(new Object[]{"facilitatorUsername", "met spatie"});
        cases.add(new Object[]{"latitude", 48.0});
        cases.add(new Object[]{"longitude", "5"});
        cases.add(new Object[]{"status", "half"});
        for (Object[] c : cases) {
            Map<String, Object> bad = utrecht();
            bad.put((String) c[0], c[1]);
            var r = call("POST", "/api/admin/groups", bad);
            assertEquals(400, r.getStatusCode(), c[0] + "=" + c[1] + ": " + r.getBody());
            var errors = list(body(r), "errors");
            assertEquals(c[0], errors.get(0).get("field"), r.getBody());
            assertFalse(((String) errors.get(0).get("message")).isBlank());
            bad.put("version", 1);
            var put = call("PUT", "/api/admin/groups/" + id, bad);
            assertEquals(400, put.getStatusCode(), "PUT " + c[0] + "=" + c[1] + ": " + put.getBody());
        }
        var english = call("POST", "/api/admin/groups", Map.of("name", ""), "en");
        assertEquals(400, english.getStatusCode());
        assertTrue(english.getBody().contains("Fill in the name."), english.getBody());
        var dutch = call("POST", "/api/admin/groups", Map.of("name", ""));
        assertTrue(dutch.getBody().contains("Vul de naam in."), dutch.getBody());
        Map<String, Object> newClosed = utrecht();
        newClosed.put("status", "closed");
        assertEquals(400, call("POST", "/api/admin/groups", newClosed).getStatusCode());

        for (String raw : List.of("", "[]", "{", "\"tekst\"", "{\"name\": {\"a\": 1}}")) {
            int status = call("POST", "/api/admin/groups", raw).getStatusCode();
            assertTrue(status == 400, "POST body " + raw + " → " + status);
            status = call("PUT", "/api/admin/groups/" + id, raw).getStatusCode();
            assertTrue(status == 400, "PUT body " + raw + " → " + status);
        }
        Map<String, Object> noVersion = utrecht();
        var missing = call("PUT", "/api/admin/groups/" + id, noVersion);
        assertEquals(400, missing.getStatusCode());
        assertTrue(missing.getBody().contains("versie"), missing.getBody());
        noVersion.put("version", -1);
        assertEquals(400, call("PUT", "/api/admin/groups/" + id, noVersion).getStatusCode());
        noVersion.put("version", 1);
        assertEquals(404, call("PUT", "/api/admin/groups/bestaat-niet", noVersion).getStatusCode());
        assertEquals(404, call("GET", "/api/admin/groups/bestaat-niet", null).getStatusCode());
        assertEquals(404, call("GET", "/api/admin/groups/%C3%A9%20x", null).getStatusCode());
        assertEquals(1, ((Number) read(id).get("version")).intValue(), "no bad request wrote anything");
    }

    // ------------------------------------------------------------------ placing by hand

    private final nl.intervisie.applicants.DynamoApplicantStore applicants =
            new nl.intervisie.applicants.DynamoApplicantStore(TestDynamo.client(), table, clock);

    private String waiting(String id, String organisation, List<String> avoid) {
        var a = AdminHandlerTest.applicant(id, nl.intervisie.applicants.ApplicantStatus.WAITING, NOW.minusSeconds(3600));
        applicants.create(nl.intervisie.applicants.ApplicantBuilder.from(a).organisation(organisation).avoid(avoid)
                .groupId(null).build(), NOW.plusSeconds(365L * 86400));
        return id;
    }

    private APIGatewayV2HTTPResponse place(String groupId, String applicantId, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("applicantId", applicantId);
        if (reason != null) {
            body.put("overrideReason", reason);
        }
        return call("POST", "/api/admin/groups/" + groupId + "/members", body);
    }

    @Test
    void aCoordinatorPlacesAWaitingPersonByHandAndThePublicPlacesFollow() {
        String id = create(utrecht());
        var r = place(id, waiting("w1", "Ministerie A", List.of()), null);
        assertEquals(200, r.getStatusCode(), r.getBody());
        assertEquals(nl.intervisie.applicants.ApplicantStatus.PLACED, applicants.get("w1").orElseThrow().status());
        assertEquals(id, applicants.get("w1").orElseThrow().groupId());
        assertEquals(1, ((Number) read(id).get("memberCount")).intValue());
        assertEquals(2, ((Number) publicGroups().stream().filter(p -> p.get("id").equals(id)).findFirst().orElseThrow()
                .get("placesOpen")).intValue(), "capacity 3 minus 1");
        assertTrue(audit.month("2026-11").stream().anyMatch(e -> e.action().equals("group.place")
                && e.targets().equals(List.of(id, "w1"))));
        var again = place(id, "w1", null);
        assertEquals(409, again.getStatusCode(), "placed people are not waiting any more");
    }

    @Test
    void aSameOrganisationOrAvoidConflictNeedsAnOverrideWithAReason() {
        String id = create(utrecht());
        assertEquals(200, place(id, waiting("m1", "Belastingdienst", List.of()), null).getStatusCode());
        var refused = place(id, waiting("c1", "belastingdienst ", List.of()), null);
        assertEquals(409, refused.getStatusCode());
        assertTrue(refused.getBody().contains("werkt ook bij Belastingdienst"), refused.getBody());
        assertEquals(nl.intervisie.applicants.ApplicantStatus.WAITING, applicants.get("c1").orElseThrow().status(),
                "nothing written");
        var avoid = place(id, waiting("c2", "Gemeente B", List.of("Naam m1")), null);
        assertEquals(409, avoid.getStatusCode());
        assertTrue(avoid.getBody().contains("staat op een lijst"), avoid.getBody());

        var overridden = place(id, "c1", "Andere afdeling, andere stad; besproken bij de intake.");
        assertEquals(200, overridden.getStatusCode(), overridden.getBody());
        assertEquals(true, body(overridden).get("overridden"));
        var item = TestDynamo.client().getItem(b -> b.tableName(table).key(MembershipItems.key(id, "c1"))).item();
        assertEquals("Andere afdeling, andere stad; besproken bij de intake.", item.get("overrideReason").s());
        assertTrue(audit.month("2026-11").stream().anyMatch(e -> e.action().equals("group.place.override")));
        assertTrue(audit.month("2026-11").stream().noneMatch(e -> e.targets().toString().contains("afdeling")),
                "the reason is not in the audit log (ids only)");
    }

    @Test
    void concurrentHandPlacementsNeverOverfillAGroup() throws Exception {
        Map<String, Object> small = utrecht();
        small.put("capacity", 2);
        String id = create(small);
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            people.add(waiting("p" + i, "Organisatie " + i, List.of()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (String p : people) {
                results.add(pool.submit(() -> {
                    start.await();
                    return place(id, p, "parallel").getStatusCode();
                }));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (var f : results) {
                codes.add(f.get());
            }
            assertEquals(2, codes.stream().filter(c -> c == 200).count(), codes.toString());
            assertTrue(codes.stream().allMatch(c -> c == 200 || c == 409), codes.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, ((Number) read(id).get("memberCount")).intValue());
        assertEquals(2, list(read(id), "members").size());
        assertEquals(2, people.stream().filter(p -> applicants.get(p).orElseThrow().status()
                == nl.intervisie.applicants.ApplicantStatus.PLACED).count(), "no one placed without a membership");
    }

    @Test
    void badPlacementsAre4xxWithAMessage() {
        String id = create(utrecht());
        assertEquals(400, call("POST", "/api/admin/groups/" + id + "/members", Map.of()).getStatusCode());
        assertEquals(400, call("POST", "/api/admin/groups/" + id + "/members", Map.of("applicantId", 5)).getStatusCode());
        assertEquals(400, call("POST", "/api/admin/groups/" + id + "/members", "[]").getStatusCode());
        assertEquals(404, place(id, "niemand", null).getStatusCode());
        assertEquals(404, place("geen-groep", waiting("x1", "Org X", List.of()), null).getStatusCode());
        var review = AdminHandlerTest.applicant("r1", nl.intervisie.applicants.ApplicantStatus.NEEDS_REVIEW, NOW);
        applicants.create(review, NOW.plusSeconds(86400));
        var r = place(id, "r1", null);
        assertEquals(409, r.getStatusCode());
        assertTrue(r.getBody().contains("eerst toe"), r.getBody());
        assertEquals(400, place(id, "x1", "x".repeat(301)).getStatusCode());
        Map<String, Object> full = utrecht();
        full.put("status", "full");
        full.put("version", 1);
        assertEquals(200, call("PUT", "/api/admin/groups/" + id, full).getStatusCode());
        var noRoom = place(id, "x1", null);
        assertEquals(409, noRoom.getStatusCode());
        assertTrue(noRoom.getBody().contains("geen plaats"), noRoom.getBody());
        assertEquals(0, ((Number) read(id).get("memberCount")).intValue());
    }
}
