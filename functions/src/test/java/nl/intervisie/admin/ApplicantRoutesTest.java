package nl.intervisie.admin;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantActions;
import nl.intervisie.applicants.ApplicantItems;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.applicants.DynamoApplicantStore;
import nl.intervisie.attendance.AttendanceItems;
import nl.intervisie.attendance.AttendanceStatus;
import nl.intervisie.attendance.Attendee;
import nl.intervisie.attendance.Meeting;
import nl.intervisie.audit.AuditLog;
import nl.intervisie.groups.MembershipItems;
import nl.intervisie.http.Json;
import nl.intervisie.http.Language;
import nl.intervisie.mail.Mail;
import nl.intervisie.testing.Events;
import nl.intervisie.testing.TestDynamo;
import nl.intervisie.wiring.Wiring;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An applicant in full for coordinators: the detail, intake, decline (and its mail), preferences, moving between
 * groups. Through the handler as Lambda calls it, on DynamoDB Local, each test on its own table.
 */
class ApplicantRoutesTest {
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final String table = TestDynamo.freshTable();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final List<Mail> mails = Collections.synchronizedList(new ArrayList<>());
    private final Wiring wiring = new Wiring(TestDynamo.client(), table, clock, () -> mails::add);
    private final AuditLog audit = new AuditLog(TestDynamo.client(), table, clock);
    private final DynamoApplicantStore applicants = new DynamoApplicantStore(TestDynamo.client(), table, clock);
    /** The real wiring, but the decline mail's self-service link from a stand-in (no link key in this JVM). */
    private final AdminHandler admin = new AdminHandler(wiring.applicantReview(),
            new ApplicantActions(applicants, audit, mails::add, (id, lang) -> "https://intervisie.example/api/me/t-" + id
                    + "?lang=" + lang, new ApplicantActions.Settings("https://intervisie.example", true), clock),
            wiring.applicantDetail(), wiring.privacy(), wiring.groupAdmin(), wiring.memberLeave(),
            wiring.handPlacement(), audit, clock);

    private APIGatewayV2HTTPResponse call(String method, String path, Object body) {
        APIGatewayV2HTTPEvent event = body == null ? Events.request(method, path)
                : Events.json(method, path, body instanceof String text ? text : Json.write(body));
        return admin.handleRequest(Events.asCoordinator(event), null);
    }

    private static Map<String, Object> body(APIGatewayV2HTTPResponse r) {
        return Json.parseObject(r.getBody(), Language.NL);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> body, String name) {
        return (List<Map<String, Object>>) body.get(name);
    }

    private Map<String, Object> detail(String id) {
        var r = call("GET", "/api/admin/applicants/" + id, null);
        assertEquals(200, r.getStatusCode(), r.getBody());
        return body(r);
    }

    private long version(String id) {
        return applicants.get(id).orElseThrow().version();
    }

    /** The applicant item exactly as stored: "nothing written" compares these. */
    private Map<String, AttributeValue> item(String id) {
        return TestDynamo.client().getItem(b -> b.tableName(table).key(ApplicantItems.key(id)).consistentRead(true)).item();
    }

    private String person(String id, ApplicantStatus status, String organisation, String language, List<String> avoid) {
        var a = AdminHandlerTest.applicant(id, status, NOW.minusSeconds(86400 * 30));
        applicants.create(nl.intervisie.applicants.ApplicantBuilder.from(a).organisation(organisation).language(language)
                .avoid(avoid).remarks("Liever niet op maandag.").groupId(null).build(), NOW.plusSeconds(365L * 86400));
        return id;
    }

    private String group(String name, int capacity) {
        Map<String, Object> g = GroupRoutesTest.utrecht();
        g.put("name", name);
        g.put("capacity", capacity);
        var r = call("POST", "/api/admin/groups", g);
        assertEquals(201, r.getStatusCode(), r.getBody());
        return (String) body(r).get("id");
    }

    private APIGatewayV2HTTPResponse place(String groupId, String applicantId, String reason, Boolean move) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("applicantId", applicantId);
        if (reason != null) {
            body.put("overrideReason", reason);
        }
        if (move != null) {
            body.put("move", move);
        }
        return call("POST", "/api/admin/groups/" + groupId + "/members", body);
    }

    private int memberCount(String groupId) {
        var r = call("GET", "/api/admin/groups/" + groupId, null);
        return ((Number) body(r).get("memberCount")).intValue();
    }

    // ------------------------------------------------------------------ detail and intake

    @Test
    void theDetailShowsWhatThePersonGaveAndWhatHappenedStepByStep() {
        String id = person("a1", ApplicantStatus.NEEDS_REVIEW, "Ministerie A", "nl", List.of("Jan Jansen"));
        var intake = call("POST", "/api/admin/applicants/a1/intake", Map.of("date", "2026-11-20", "by", "Ineke"));
        assertEquals(200, intake.getStatusCode(), intake.getBody());
        assertEquals(Map.of("date", "2026-11-20", "by", "Ineke"), body(intake).get("intake"));
        var admitted = call("POST", "/api/admin/applicants/a1/clear", Map.of("version", version(id)));
        assertEquals(200, admitted.getStatusCode(), admitted.getBody());
        String g1 = group("Utrecht Oost", 5);
        String g2 = group("Utrecht West", 5);
        assertEquals(200, place(g1, id, null, null).getStatusCode());
        // One meeting of three hours in g1 this year: the summary counts it against the rule of 3.
        Meeting meeting = new Meeting(g1, LocalDate.parse("2026-11-21"), LocalTime.of(13, 0), LocalTime.of(16, 0),
                "incidentmethode", "Ineke", 1, 0, 0, 1);
        Instant expires = NOW.plusSeconds(86400L * 2000);
        TestDynamo.client().putItem(b -> b.tableName(table).item(AttendanceItems.meetingItem(meeting, expires)));
        TestDynamo.client().putItem(b -> b.tableName(table).item(AttendanceItems.attendeeItem(meeting,
                new Attendee(id, AttendanceStatus.PRESENT), expires)));
        var moved = place(g2, id, null, true);
        assertEquals(200, moved.getStatusCode(), moved.getBody());

        Map<String, Object> d = detail(id);
        assertEquals("a1@example.org", d.get("email"));
        assertEquals("Ministerie A", d.get("organisation"));
        assertEquals("vertrouwenspersoon", d.get("role"));
        assertEquals(true, d.get("basicTrainingCompleted"));
        assertEquals(false, d.get("formallyAppointed"));
        assertEquals(List.of("Jan Jansen"), d.get("avoid"));
        assertEquals("Liever niet op maandag.", d.get("remarks"));
        assertEquals("dinsdag", d.get("availabilityNote"), "the free text of an older sign-up, as written");
        assertEquals(List.of("any"), d.get("availability"));
        assertEquals("PLACED", d.get("status"));
        assertEquals("Utrecht West", d.get("groupName"));
        assertEquals(List.of("signup", "intake", "admitted", "placed", "moved"),
                list(d, "history").stream().map(s -> s.get("event")).toList());
        var placedStep = list(d, "history").stream().filter(s -> "placed".equals(s.get("event"))).findFirst().orElseThrow();
        assertEquals("coordinator-1", placedStep.get("by"));
        assertEquals("Utrecht Oost", placedStep.get("groupName"));
        var memberships = list(d, "memberships");
        assertEquals(2, memberships.size());
        assertEquals("Utrecht Oost", memberships.get(0).get("groupName"));
        assertEquals("2026-11-23", memberships.get(0).get("leftOn"), "the move ended the first membership today");
        assertNull(memberships.get(1).get("leftOn"));
        @SuppressWarnings("unchecked")
        Map<String, Object> attendance = (Map<String, Object>) d.get("attendance");
        assertEquals(2026, ((Number) attendance.get("year")).intValue());
        assertEquals(1, ((Number) attendance.get("meetings")).intValue());
        assertEquals(3, ((Number) attendance.get("meetingsRequired")).intValue());
        assertEquals(false, attendance.get("met"));
        assertEquals("3", attendance.get("hours").toString());
        assertEquals(((Number) d.get("version")).longValue(), version(id));
        assertTrue(audit.month("2026-11").stream().anyMatch(e -> e.action().equals("applicant.intake")
                && e.targets().equals(List.of(id))));
        assertTrue(audit.month("2026-11").stream().noneMatch(e -> e.targets().toString().contains("Ineke")),
                "the audit log holds ids only");
    }

    @Test
    void badIntakeInputIs400WithADutchMessageAndWritesNothing() {
        String id = person("b1", ApplicantStatus.WAITING, "Org B", "nl", List.of());
        var before = item(id);
        List<Object> bodies = List.of(Map.of(), Map.of("by", "Ineke"), Map.of("date", "2026-11-20"),
                Map.of("date", "20-11-2026", "by", "Ineke"), Map.of("date", "2026-02-30", "by", "Ineke"),
                Map.of("date", "2026-12-01", "by", "Ineke"), Map.of("date", 20261120, "by", "Ineke"),
                Map.of("date", "2026-11-20", "by", "x".repeat(101)), Map.of("date", "2026-11-20", "by", "Ineke\nJan"),
                Map.of("date", "2026-11-20", "by", "Ineke", "version", "één"),
                Map.of("date", "2026-11-20", "by", "Ineke", "version", 1.5), "[]", "{niet json");
        for (Object b : bodies) {
            var r = call("POST", "/api/admin/applicants/" + id + "/intake", b);
            assertEquals(400, r.getStatusCode(), b + " → " + r.getBody());
            assertTrue(r.getBody().matches("(?s).*\"message\":\"[A-Z][^\"]*[a-z].*"), r.getBody());
        }
        assertTrue(call("POST", "/api/admin/applicants/b1/intake", Map.of("date", "2026-12-01", "by", "Ineke"))
                .getBody().contains("in de toekomst"));
        assertEquals(404, call("POST", "/api/admin/applicants/niemand/intake",
                Map.of("date", "2026-11-20", "by", "Ineke")).getStatusCode());
        assertEquals(409, call("POST", "/api/admin/applicants/b1/intake",
                Map.of("date", "2026-11-20", "by", "Ineke", "version", 7)).getStatusCode(), "stale version");
        assertEquals(before, item(id), "no bad request wrote anything");
        var unconfirmed = person("u1", ApplicantStatus.UNCONFIRMED, "Org U", "nl", List.of());
        assertEquals(409, call("POST", "/api/admin/applicants/" + unconfirmed + "/intake",
                Map.of("date", "2026-11-20", "by", "Ineke")).getStatusCode());
    }

    // ------------------------------------------------------------------ decline

    @Test
    void declineSetsTheStatusAndMailsTheReasonKindlyInThePersonsLanguage() {
        String nl = person("d1", ApplicantStatus.NEEDS_REVIEW, "Org D", "nl", List.of());
        var r = call("POST", "/api/admin/applicants/d1/decline",
                Map.of("reason", "Je bent (nog) niet benoemd als vertrouwenspersoon.", "version", version(nl)));
        assertEquals(200, r.getStatusCode(), r.getBody());
        assertEquals("DECLINED", body(r).get("status"));
        assertEquals(true, body(r).get("mailed"));
        assertEquals("Je bent (nog) niet benoemd als vertrouwenspersoon.", body(r).get("declineReason"));
        assertEquals(1, mails.size());
        Mail mail = mails.get(0);
        assertEquals("d1@example.org", mail.to());
        assertEquals("Je aanmelding voor intervisie (IV-D1)", mail.subject());
        assertTrue(mail.text().startsWith("Beste Naam d1,"), mail.text());
        assertTrue(mail.text().contains("  Je bent (nog) niet benoemd als vertrouwenspersoon."), mail.text());
        assertTrue(mail.text().contains("/api/me/"), "a self-service link to see or erase what is kept");
        APIGatewayV2HTTPEvent declined = Events.asCoordinator(Events.request("GET", "/api/admin/applicants"));
        declined.setQueryStringParameters(Map.of("status", "DECLINED"));
        assertEquals(List.of("d1"), list(body(admin.handleRequest(declined, null)), "applicants").stream()
                .map(x -> x.get("id")).toList());
        assertTrue(audit.month("2026-11").stream().anyMatch(e -> e.action().equals("applicant.decline")));
        assertEquals(409, call("POST", "/api/admin/applicants/d1/decline",
                Map.of("reason", "Nog eens", "version", version(nl))).getStatusCode(), "declined already");

        String en = person("e1", ApplicantStatus.WAITING, "Org E", "en", List.of());
        assertEquals(200, call("POST", "/api/admin/applicants/e1/decline",
                Map.of("reason", "Our groups are for confidential advisers only.", "version", version(en))).getStatusCode());
        assertEquals("Your application for intervision (IV-E1)", mails.get(1).subject());
        assertTrue(mails.get(1).text().startsWith("Dear Naam e1,"));
        assertTrue(mails.get(1).text().contains("Our groups are for confidential advisers only."));

        String unconfirmed = person("u2", ApplicantStatus.UNCONFIRMED, "Org U", "nl", List.of());
        var quiet = call("POST", "/api/admin/applicants/u2/decline", Map.of("reason", "Dubbel", "version", version(unconfirmed)));
        assertEquals(200, quiet.getStatusCode(), quiet.getBody());
        assertEquals(false, body(quiet).get("mailed"));
        assertEquals(2, mails.size(), "no mail to an address nobody confirmed");
    }

    @Test
    void badDeclineInputIs4xxAndWritesNothingAndMailsNobody() {
        String id = person("f1", ApplicantStatus.WAITING, "Org F", "nl", List.of());
        var before = item(id);
        long v = version(id);
        for (Object b : List.of(Map.of("version", v), Map.of("reason", " ", "version", v), Map.of("reason", "Reden"),
                Map.of("reason", "x".repeat(1001), "version", v), Map.of("reason", 12, "version", v),
                Map.of("reason", "Reden\u0007", "version", v), Map.of("reason", "Reden", "version", -1), "[]")) {
            var r = call("POST", "/api/admin/applicants/f1/decline", b);
            assertEquals(400, r.getStatusCode(), b + " → " + r.getBody());
        }
        var stale = call("POST", "/api/admin/applicants/f1/decline", Map.of("reason", "Reden", "version", v + 1));
        assertEquals(409, stale.getStatusCode());
        assertTrue(stale.getBody().contains("intussen gewijzigd"), stale.getBody());
        assertEquals(404, call("POST", "/api/admin/applicants/geen-id/decline", Map.of("reason", "R", "version", 1)).getStatusCode());
        assertEquals(before, item(id));
        String g = group("Utrecht Oost", 5);
        assertEquals(200, place(g, id, null, null).getStatusCode());
        var placed = call("POST", "/api/admin/applicants/f1/decline", Map.of("reason", "Reden", "version", version(id)));
        assertEquals(409, placed.getStatusCode(), "a placed person leaves first");
        // The placement told the group's facilitator; no decline mail went out.
        assertEquals(List.of(), mails.stream().filter(m -> !m.subject().startsWith("Nieuw lid in")).toList());
    }

    // ------------------------------------------------------------------ preferences

    @Test
    void preferencesAgreedAtIntakeAreStoredCheckedLikeTheFormAndNoteTheStep() {
        String id = person("p1", ApplicantStatus.WAITING, "Org P", "nl", List.of());
        Map<String, Object> edit = new LinkedHashMap<>();
        edit.put("mode", "online");
        edit.put("language", "en");
        edit.put("region", "");
        edit.put("municipality", "");
        edit.put("availability", List.of("tuesday-afternoon", "thursday-evening"));
        edit.put("avoid", List.of("Piet Pietersen", "Gemeente X"));
        edit.put("remarks", "Besproken bij de intake.");
        edit.put("version", version(id));
        var r = call("PUT", "/api/admin/applicants/p1/preferences", edit);
        assertEquals(200, r.getStatusCode(), r.getBody());
        var a = applicants.get(id).orElseThrow();
        assertEquals("online", a.mode());
        assertEquals("en", a.language());
        assertEquals(List.of("Piet Pietersen", "Gemeente X"), a.avoid());
        assertEquals(List.of("tuesday-afternoon", "thursday-evening"), a.availability());
        assertEquals("Besproken bij de intake.", a.remarks());
        assertEquals("Org P", a.organisation(), "what only the person gives stays");
        assertEquals("preferences", list(body(r), "history").getLast().get("event"));
        assertTrue(audit.month("2026-11").stream().anyMatch(e -> e.action().equals("applicant.preferences")));
    }

    @Test
    void badPreferencesAre400WithTheFormsMessagesAndWriteNothing() {
        String id = person("q1", ApplicantStatus.WAITING, "Org Q", "nl", List.of());
        var before = item(id);
        long v = version(id);
        List<Map<String, Object>> bodies = List.of(Map.of("mode", "per post", "version", v),
                Map.of("language", "de", "version", v), Map.of("region", "Atlantis", "version", v),
                Map.of("mode", "in-person", "municipality", "", "region", "", "version", v),
                Map.of("mode", "in-person", "municipality", "Atlantis", "version", v),
                Map.of("availability", List.of("not on tuesdays"), "version", v),
                Map.of("avoid", List.of(1, 2), "version", v), Map.of("remarks", List.of("x"), "version", v),
                Map.of("remarks", "x".repeat(2001), "version", v), Map.of("mode", "online"));
        for (var b : bodies) {
            var r = call("PUT", "/api/admin/applicants/q1/preferences", b);
            assertEquals(400, r.getStatusCode(), b + " → " + r.getBody());
        }
        var mode = call("PUT", "/api/admin/applicants/q1/preferences", Map.of("mode", "per post", "version", v));
        assertTrue(mode.getBody().contains("Kies hoe je wilt deelnemen"), mode.getBody());
        assertEquals(before, item(id), "nothing written");
    }

    @Test
    void anEditRacingAnotherEditIs409AndOnlyTheWinnerIsStored() throws Exception {
        String id = person("r1", ApplicantStatus.WAITING, "Org R", "nl", List.of());
        long v = version(id);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<APIGatewayV2HTTPResponse>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String remarks = "Versie " + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return call("PUT", "/api/admin/applicants/r1/preferences", Map.of("remarks", remarks, "version", v));
                }));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            String winner = null;
            for (int i = 0; i < results.size(); i++) {
                var r = results.get(i).get();
                codes.add(r.getStatusCode());
                if (r.getStatusCode() == 200) {
                    winner = "Versie " + i;
                } else {
                    assertTrue(r.getBody().contains("er is niets opgeslagen"), r.getBody());
                }
            }
            assertEquals(1, codes.stream().filter(c -> c == 200).count(), codes.toString());
            assertEquals(3, codes.stream().filter(c -> c == 409).count(), codes.toString());
            assertEquals(winner, applicants.get(id).orElseThrow().remarks());
            assertEquals(v + 1, version(id), "one write only");
        } finally {
            pool.shutdownNow();
        }
    }

    // ------------------------------------------------------------------ moving

    @Test
    void aMoveIsOneTransactionAndNeedsTheMoveFlagAndAnOverrideForAConflict() {
        String from = group("Utrecht Oost", 5);
        String to = group("Utrecht West", 5);
        String id = person("m1", ApplicantStatus.WAITING, "Belastingdienst", "nl", List.of());
        assertEquals(200, place(from, id, null, null).getStatusCode());
        String colleague = person("m2", ApplicantStatus.WAITING, "belastingdienst", "nl", List.of());
        assertEquals(200, place(to, colleague, "Andere afdeling", null).getStatusCode());

        var noFlag = place(to, id, null, null);
        assertEquals(409, noFlag.getStatusCode());
        assertTrue(noFlag.getBody().contains("zit al in Utrecht Oost"), noFlag.getBody());
        var conflict = place(to, id, null, true);
        assertEquals(409, conflict.getStatusCode());
        assertTrue(conflict.getBody().contains("werkt ook bij belastingdienst"), conflict.getBody());
        assertEquals(from, applicants.get(id).orElseThrow().groupId(), "nothing written");
        assertEquals(1, memberCount(from));

        var moved = place(to, id, "Besproken met beiden", true);
        assertEquals(200, moved.getStatusCode(), moved.getBody());
        assertEquals(from, body(moved).get("movedFrom"));
        assertEquals(0, memberCount(from));
        assertEquals(2, memberCount(to));
        assertEquals(to, applicants.get(id).orElseThrow().groupId());
        assertEquals(ApplicantStatus.PLACED, applicants.get(id).orElseThrow().status());
        var old = TestDynamo.client().getItem(b -> b.tableName(table).key(MembershipItems.key(from, id))).item();
        assertEquals("2026-11-23", old.get("leftOn").s());
        var next = TestDynamo.client().getItem(b -> b.tableName(table).key(MembershipItems.key(to, id))).item();
        assertEquals("Besproken met beiden", next.get("overrideReason").s());
        assertTrue(audit.month("2026-11").stream().anyMatch(e -> e.action().equals("group.move.override")
                && e.targets().equals(List.of(from, to, id))));
        assertEquals(409, place(to, id, null, true).getStatusCode(), "already in that group");
        assertEquals(409, place(from, id, null, true).getStatusCode(), "was a member there before");
        assertEquals(400, call("POST", "/api/admin/groups/" + from + "/members",
                Map.of("applicantId", id, "move", "ja")).getStatusCode());
        var leave = call("POST", "/api/admin/groups/" + to + "/members/" + id + "/leave", null);
        assertEquals(200, leave.getStatusCode(), leave.getBody());
        assertEquals(List.of("signup", "placed", "moved", "left"), list(detail(id), "history").stream()
                .map(s -> s.get("event")).toList(), "leaving the group moved to shows, leaving the old one does not");
    }

    @Test
    void aMoveIntoAFullGroupIsRefusedAndWritesNothing() {
        String from = group("Utrecht Oost", 5);
        String full = group("Utrecht West", 1);
        String id = person("n1", ApplicantStatus.WAITING, "Org N1", "nl", List.of());
        String other = person("n2", ApplicantStatus.WAITING, "Org N2", "nl", List.of());
        assertEquals(200, place(from, id, null, null).getStatusCode());
        assertEquals(200, place(full, other, null, null).getStatusCode());
        var before = item(id);
        var r = place(full, id, null, true);
        assertEquals(409, r.getStatusCode());
        assertTrue(r.getBody().contains("geen plaats"), r.getBody());
        assertEquals(before, item(id));
        assertEquals(1, memberCount(from));
        assertEquals(1, memberCount(full));
        var membership = TestDynamo.client().getItem(b -> b.tableName(table).key(MembershipItems.key(from, id))).item();
        assertFalse(membership.containsKey("leftOn"), "the old membership did not end");
    }

    @Test
    void concurrentMovesNeverOverfillAGroup() throws Exception {
        String target = group("Doelgroep", 2);
        List<String> people = new ArrayList<>();
        List<String> origins = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String g = group("Herkomst " + i, 3);
            String p = person("c" + i, ApplicantStatus.WAITING, "Organisatie " + i, "nl", List.of());
            assertEquals(200, place(g, p, null, null).getStatusCode());
            people.add(p);
            origins.add(g);
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (String p : people) {
                results.add(pool.submit(() -> {
                    start.await();
                    return place(target, p, null, true).getStatusCode();
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
        assertEquals(2, memberCount(target));
        long inTarget = people.stream().filter(p -> target.equals(applicants.get(p).orElseThrow().groupId())).count();
        assertEquals(2, inTarget);
        for (int i = 0; i < people.size(); i++) {
            boolean moved = target.equals(applicants.get(people.get(i)).orElseThrow().groupId());
            assertEquals(moved ? 0 : 1, memberCount(origins.get(i)), "the origin's count follows the move");
        }
    }
}
