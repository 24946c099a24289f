package nl.intervisie.local;

import com.fasterxml.jackson.jr.ob.JSON;
import nl.intervisie.mail.Mail;
import nl.intervisie.mail.Outbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo facilitator's token through the local gateway (template.yaml's routes, the local authorizer's claims):
 * every admin route the handlers serve answers them 403 — with their own group's and members' ids as much as with
 * anyone else's — except the leader routes on their own group. Then the proofs of a recorded meeting, with totals
 * computed here from the raw meeting records, not by the code that wrote the mails.
 */
class FacilitatorRoutesTest {
    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final String OWN_GROUP = DemoData.FACILITATED.get(0);
    private static final String OTHER_GROUP = "zwolle-1";
    /** Leader routes: the ones a facilitator may call on their own group (the handlers' leader(...) declarations). */
    private static final Set<String> LEADER = Set.of("GET /api/admin/whoami", "GET /api/admin/groups",
            "GET /api/admin/methods", "GET /api/admin/groups/{id}/members",
            "POST /api/admin/groups/{id}/members/{applicantId}/leave", "GET /api/admin/groups/{groupId}/meetings",
            "GET /api/admin/groups/{groupId}/meetings/{date}", "PUT /api/admin/groups/{groupId}/meetings/{date}",
            "GET /api/admin/groups/{groupId}/planning");

    private static HttpResponse<String> call(String token, String method, String path, String body) {
        var request = HttpRequest.newBuilder(URI.create(server.url(path))).header("Authorization", "Bearer " + token)
                .header("Accept-Language", "nl").header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return server.send(request);
    }

    private static String facilitator() {
        return server.server().facilitatorToken();
    }

    /** The route with its ids filled in: a group, an applicant (a member of that group), dates and years. */
    private static String path(String pattern, String group, String applicant) {
        String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        return pattern.replace("/groups/{id}", "/groups/" + group).replace("{groupId}", group)
                .replace("/applicants/{id}", "/applicants/" + applicant).replace("{applicantId}", applicant)
                .replace("/statements/{applicantId}", "/statements/" + applicant)
                .replace("{date}", "2026-11-02").replace("{year}", "2026").replaceAll("\\{[^}/]+}", "x1");
    }

    private static List<String> members(String token, String group) throws Exception {
        return members(token, group, LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString());
    }

    private static List<String> members(String token, String group, String date) throws Exception {
        var response = call(token, "GET", "/api/admin/groups/" + group + "/members?date=" + date, null);
        assertEquals(200, response.statusCode(), response.body());
        List<String> ids = new ArrayList<>();
        for (Object m : (List<?>) JSON.std.mapFrom(response.body()).get("members")) {
            ids.add((String) ((Map<?, ?>) m).get("applicantId"));
        }
        return ids;
    }

    private static List<Outbox.Sent> sentSince(java.time.Instant before) {
        return server.outbox().stream().filter(m -> !m.at().isBefore(before)).toList();
    }

    @Test
    void everyAdminRouteIs403ForTheFacilitatorExceptTheirOwnGroups() throws Exception {
        String admin = server.adminToken();
        String ownMember = members(admin, OWN_GROUP).get(0);
        String otherMember = members(admin, OTHER_GROUP).get(0);
        Map<String, Integer> own = new LinkedHashMap<>();
        int routes = 0;
        for (ServedRoutes.Served route : ServedRoutes.admin(server)) {
            String key = route.method() + " " + route.pattern();
            // Someone else's group and member: always 403, whatever the route.
            if (route.pattern().contains("{")) {
                var other = call(facilitator(), route.method(), path(route.pattern(), OTHER_GROUP, otherMember), "{}");
                assertEquals(403, other.statusCode(), key + " with another group's ids: " + other.body());
            }
            // Their own member in someone else's group's URL, or another group's member in their own group's URL.
            if (route.pattern().contains("{applicantId}")) {
                assertEquals(403, call(facilitator(), route.method(), path(route.pattern(), OWN_GROUP, otherMember), "{}")
                        .statusCode(), key + " with another group's member in their own group");
            }
            if (!route.method().equals("GET") && LEADER.contains(key)) {
                continue; // writes on their own group: done below with real bodies
            }
            var mine = call(facilitator(), route.method(), path(route.pattern(), OWN_GROUP, ownMember), null);
            if (LEADER.contains(key)) {
                assertNotEquals(403, mine.statusCode(), key + " on their own group");
                own.put(key, mine.statusCode());
            } else {
                assertEquals(403, mine.statusCode(), key + " is for coordinators only, even with their own ids");
            }
            routes++;
        }
        assertTrue(routes >= 19, "every admin route was tried: " + routes);
        assertEquals(200, own.get("GET /api/admin/groups/{id}/members"));
        // The meeting read (2026-11-02): 404 when none was recorded that day, 200 when one was.
        assertTrue(Set.of(200, 404).contains(own.get("GET /api/admin/groups/{groupId}/meetings/{date}")));
        // Recording that a member of their own group left.
        List<String> current = members(facilitator(), OWN_GROUP);
        String leaving = current.get(current.size() - 1);
        var left = call(facilitator(), "POST", "/api/admin/groups/" + OWN_GROUP + "/members/" + leaving + "/leave", "{}");
        assertEquals(200, left.statusCode(), left.body());
        var audit = JSON.std.mapFrom(call(admin, "GET", "/api/admin/audit", null).body());
        assertTrue(((List<?>) audit.get("entries")).stream().map(e -> (Map<?, ?>) e).anyMatch(e ->
                e.get("action").equals("membership.leave") && e.get("role").equals("facilitator")
                        && ((List<?>) e.get("targets")).contains(leaving)), "the audit says a facilitator acted");

        var groups = JSON.std.mapFrom(call(facilitator(), "GET", "/api/admin/groups", null).body());
        assertEquals(List.of(OWN_GROUP), ((List<?>) groups.get("groups")).stream().map(g -> ((Map<?, ?>) g).get("id")).toList(),
                "the list holds their own group only");
        var me = JSON.std.mapFrom(call(facilitator(), "GET", "/api/admin/whoami", null).body());
        assertEquals("facilitator", me.get("role"));
        assertEquals(List.of(OWN_GROUP), me.get("leads"));
    }

    @Test
    void aRecordedMeetingMailsEveryonePresentTheirRunningTotals() throws Exception {
        List<String> ids = members(facilitator(), OWN_GROUP);
        String present = ids.get(0);
        String excused = ids.get(1);
        // Two meetings this month (dates before today): the first person present at both, the second excused.
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        LocalDate first = today.withDayOfMonth(1).isBefore(today) ? today.withDayOfMonth(1) : today;
        java.time.Instant before = java.time.Instant.now();
        for (String[] m : List.of(new String[]{first.toString(), "09:00", "12:00"}, new String[]{today.toString(), "13:30", "16:15"})) {
            StringBuilder attendance = new StringBuilder();
            for (String id : members(facilitator(), OWN_GROUP, m[0])) {
                String status = id.equals(excused) ? "excused" : id.equals(present) ? "present" : "absent";
                attendance.append(attendance.isEmpty() ? "" : ",").append("{\"applicantId\":\"").append(id)
                        .append("\",\"status\":\"").append(status).append("\"}");
            }
            var put = call(facilitator(), "PUT", "/api/admin/groups/" + OWN_GROUP + "/meetings/" + m[0],
                    "{\"start\":\"" + m[1] + "\",\"end\":\"" + m[2] + "\",\"method\":\"incidentmethode\","
                            + "\"facilitator\":\"Anne\",\"attendance\":[" + attendance + "]}");
            assertTrue(put.statusCode() == 201 || put.statusCode() == 200, put.body());
        }
        // Independently: the person's present minutes this year, summed from the coordinator's raw meeting records.
        String admin = server.adminToken();
        int minutes = 0;
        int meetings = 0;
        var list = JSON.std.mapFrom(call(admin, "GET", "/api/admin/groups/" + OWN_GROUP + "/meetings?year=" + today.getYear(), null).body());
        for (Object o : (List<?>) list.get("meetings")) {
            String date = (String) ((Map<?, ?>) o).get("date");
            var one = JSON.std.mapFrom(call(admin, "GET", "/api/admin/groups/" + OWN_GROUP + "/meetings/" + date, null).body());
            boolean was = ((List<?>) one.get("attendance")).stream().map(a -> (Map<?, ?>) a)
                    .anyMatch(a -> a.get("applicantId").equals(present) && a.get("status").equals("present"));
            if (was) {
                meetings++;
                minutes += java.time.Duration.between(java.time.LocalTime.parse((String) one.get("start")),
                        java.time.LocalTime.parse((String) one.get("end"))).toMinutes();
            }
        }
        assertEquals(first.equals(today) ? 1 : 2, meetings);
        List<Mail> toPresent = sentSince(before).stream().map(Outbox.Sent::mail)
                .filter(mail -> mail.to().equals(present + "@example.org")).toList();
        List<Mail> toExcused = sentSince(before).stream().map(Outbox.Sent::mail)
                .filter(mail -> mail.to().equals(excused + "@example.org")).toList();
        assertEquals(first.equals(today) ? 1 : 2, toPresent.size(), "one proof per meeting");
        assertEquals(List.of(), toExcused, "no proof for who was excused");
        Mail latest = toPresent.get(0); // newest first: today's meeting
        String hours = java.math.BigDecimal.valueOf(minutes).divide(java.math.BigDecimal.valueOf(60), 2,
                java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString().replace('.', ',');
        assertTrue(latest.text().contains("Je totaal in " + today.getYear() + ": " + meetings + " bijeenkomst"
                + (meetings == 1 ? "" : "en") + ", " + hours + " uur"), latest.text());
        assertTrue(latest.text().contains("13:30–16:15 (2,75 uur)"), latest.text());
        assertTrue(latest.text().contains("Begeleider:   Anne"), latest.text());
        System.out.println("FacilitatorRoutesTest: proof mail\n" + latest.subject() + "\n" + latest.text());

        // The link in the mail opens the statement page, without a token of any kind.
        Matcher link = Pattern.compile("(/api/statement/\\S+)").matcher(latest.text());
        assertTrue(link.find());
        var page = server.get(link.group(1));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Verklaring"), page.body());
        String otherPerson = link.group(1).replaceFirst("(/api/statement/statement\\.\\d{4}_)[^.]+", "$1" + excused);
        assertNotEquals(link.group(1), otherPerson);
        assertEquals(404, server.get(otherPerson).statusCode());
        // Proofs went to the person present only; anyone else heard at most that an earlier proof no longer applies
        // (when another test had recorded the same day with them present).
        Set<String> proofs = new TreeSet<>();
        sentSince(before).stream().map(Outbox.Sent::mail).filter(mail -> !mail.subject().startsWith("Correctie:"))
                .forEach(mail -> proofs.add(mail.to()));
        assertEquals(Set.of(present + "@example.org"), proofs);
    }
}
