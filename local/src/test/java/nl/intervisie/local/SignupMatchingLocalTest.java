package nl.intervisie.local;

import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantBuilder;
import nl.intervisie.applicants.ApplicantItems;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.applicants.DynamoApplicantStore;
import nl.intervisie.groups.DynamoGroupStore;
import nl.intervisie.groups.DynamoMembershipStore;
import nl.intervisie.groups.Group;
import nl.intervisie.groups.Membership;
import nl.intervisie.http.Json;
import nl.intervisie.http.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14's sign-up cases end to end, through the local server's API on DynamoDB Local: what an applicant gives as
 * place and availability is stored and decides the proposal. The demo groups are the catalogue's (Groningen meets on
 * Tuesday afternoon, Zwolle and Eindhoven on Thursday morning); the demo's waiting applicants are removed first so
 * only this class's people are matched.
 */
class SignupMatchingLocalTest {
    @RegisterExtension
    static final TestServer server = new TestServer();

    private static final String PROPOSALS = "/api/admin/matching/proposals";

    @BeforeAll
    static void onlyThisClassesPeopleWaitAndGroningenAndEindhovenRun() {
        DynamoApplicantStore applicants = new DynamoApplicantStore(server.client(), server.table());
        for (ApplicantStatus status : List.of(ApplicantStatus.WAITING, ApplicantStatus.NEEDS_REVIEW)) {
            for (Applicant a : applicants.listByStatus(status)) {
                server.client().deleteItem(b -> b.tableName(server.table()).key(ApplicantItems.key(a.id())));
            }
        }
        // Both groups run with three members, so each can take someone in (an empty group opens only with five).
        DynamoMembershipStore memberships = new DynamoMembershipStore(server.client(), server.table());
        for (String group : List.of("groningen-1", "eindhoven-1")) {
            for (int i = 0; i < 3; i++) {
                Applicant member = ApplicantBuilder.applicant(group + "-member-" + i).status(ApplicantStatus.PLACED)
                        .groupId(group).build();
                applicants.create(member, Instant.now().plusSeconds(86_400));
                memberships.add(new Membership(group, member.id(), LocalDate.now().minusMonths(3), null));
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPlaceAndAvailabilityGivenAtSignUpDecideTheGroup() {
        String byMunicipality = signUpAndConfirm(body("Ministerie A", Map.of("municipality", "Groningen"),
                List.of("tuesday-afternoon", "thursday-morning")));
        String byText = signUpAndConfirm(body("Ministerie B", Map.of("place", "9712 CP Groningen"), List.of("any")));
        String notTuesday = signUpAndConfirm(body("Ministerie C", Map.of("municipality", "Groningen"),
                List.of("thursday-morning", "wednesday-afternoon")));
        Applicant stored = new DynamoApplicantStore(server.client(), server.table()).get(byText).orElseThrow();
        assertEquals("GM0014", stored.location().municipalityId(), "the free text's municipality is kept");
        assertEquals("", stored.place(), "not the text itself (it may hold an address)");
        assertEquals(List.of("any"), stored.availability());

        Map<String, Object> proposal = propose("{}");
        assertEquals(50.0, ((Number) proposal.get("maxKm")).doubleValue(), "the default maximum is shown");
        Map<String, String> placed = placements(proposal);
        assertEquals("groningen-1", placed.get(byMunicipality), "placed in Groningen, not Eindhoven: " + proposal);
        assertEquals("groningen-1", placed.get(byText), "the typed place counts: " + proposal);
        assertNull(placed.get(notTuesday), "Groningen meets on Tuesdays; Zwolle and Eindhoven are over 50 km away");

        Map<String, Object> farther = propose("{\"maxKm\": 300}");
        assertEquals(300.0, ((Number) farther.get("maxKm")).doubleValue());
        String group = placements(farther).get(notTuesday);
        assertTrue(group != null, "within 300 km a Thursday-morning group takes them: " + farther);
        Group where = new DynamoGroupStore(server.client(), server.table()).get(group).orElseThrow().group();
        assertNotEquals("tuesday", where.weekday(), "never a Tuesday group");
        assertEquals("thursday", where.weekday(), "their first choice, Thursday morning");
    }

    @Test
    void theCoordinatorsMaximumDistanceIsCheckedAndExplained() {
        for (String bad : List.of("{\"maxKm\": 0}", "{\"maxKm\": 301}", "{\"maxKm\": \"50\"}", "{\"maxKm\": 12.5}")) {
            var response = server.send(server.asAdmin(PROPOSALS).header("Content-Type", "application/json")
                    .header("Accept-Language", "nl").POST(HttpRequest.BodyPublishers.ofString(bad)));
            assertEquals(400, response.statusCode(), bad);
            assertTrue(response.body().contains("\"field\":\"maxKm\"") && response.body().contains("van 1 tot en met 300"),
                    response.body());
        }
    }

    @Test
    void badAvailabilityPostcodeOrMunicipalityIsRefusedWithAMessageAndNothingIsStored() {
        int before = server.outbox().size();
        assertRefused(body("Ministerie D", Map.of("municipality", "Groningen"), List.of("not on tuesdays")), "availability",
                "Kies dagdelen uit de lijst, zoals dinsdagmiddag, of ‘Elk dagdeel is goed’.");
        assertRefused(body("Ministerie D", Map.of("municipality", "Groningen"), List.of()), "availability",
                "Kies minstens één dagdeel waarop je kunt, of ‘Elk dagdeel is goed’.");
        Map<String, Object> freeText = body("Ministerie D", Map.of("municipality", "Groningen"), List.of());
        freeText.put("availability", "niet op dinsdag");
        assertRefused(freeText, "availability", "Kies dagdelen uit de lijst, zoals dinsdagmiddag, of ‘Elk dagdeel is goed’.");
        assertRefused(body("Ministerie D", Map.of("postcode", "9712 CP"), List.of("any")), "municipality",
                "Deze postcode kunnen we niet plaatsen. Kies je gemeente uit de lijst.");
        assertRefused(body("Ministerie D", Map.of("postcode", "9712 C"), List.of("any")), "postcode",
                "Vul een postcode in zoals 9712 CP, of alleen de cijfers: 9712.");
        assertRefused(body("Ministerie D", Map.of("municipality", "Gotham"), List.of("any")), "municipality",
                "Kies je gemeente uit de lijst, bijvoorbeeld Groningen of ’s-Hertogenbosch.");
        assertRefused(body("Ministerie D", Map.of(), List.of("any")), "municipality",
                "Kies je gemeente, zodat we een groep bij jou in de buurt vinden.");
        Map<String, Object> english = body("Ministerie D", Map.of("municipality", "Gotham"), List.of("any"));
        english.put("lang", "en");
        assertRefused(english, "municipality", "Choose your municipality from the list, for example Groningen or ’s-Hertogenbosch.");
        assertEquals(before, server.outbox().size(), "no mail for a refused sign-up");
    }

    @Test
    void aFormSentWithoutJavaScriptKeepsEveryTickedPartOfTheDayInItsOrder() {
        String email = "form-" + UUID.randomUUID() + "@example.org";
        String form = "name=Form+Persoon&email=" + email + "&organisation=Dienst+F&role=vp&mode=in-person"
                + "&municipality=Den+Haag&postcode=&availability=monday-morning&availability=thursday-evening"
                + "&language=nl&consent=on&lang=nl&website=";
        var response = server.send(HttpRequest.newBuilder(URI.create(server.url("/api/signup")))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        assertEquals(303, response.statusCode(), response.body());
        Applicant a = new DynamoApplicantStore(server.client(), server.table()).byEmail(email).orElseThrow();
        assertEquals(List.of("monday-morning", "thursday-evening"), a.availability());
        assertEquals("'s-Gravenhage", a.location().municipality(), "another name of a municipality is understood");
    }

    @SuppressWarnings("unchecked")
    private static void assertRefused(Map<String, Object> body, String field, String message) {
        HttpResponse<String> response = postJson(body);
        assertEquals(400, response.statusCode(), response.body());
        List<Object> errors = (List<Object>) Json.parseObject(response.body(), Language.NL).get("errors");
        assertEquals(List.of(Map.of("field", field, "message", message)), errors, response.body());
        assertFalse(new DynamoApplicantStore(server.client(), server.table()).byEmail((String) body.get("email")).isPresent());
    }

    private static Map<String, Object> body(String organisation, Map<String, String> where, List<String> availability) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("name", "Deelnemer " + organisation);
        b.put("email", "p-" + UUID.randomUUID() + "@example.org");
        b.put("organisation", organisation);
        b.put("role", "vertrouwenspersoon");
        b.put("basicTraining", true);
        b.put("appointed", true);
        b.put("mode", "in-person");
        b.put("region", ""); // the case: no region
        b.putAll(where);
        b.put("language", "nl");
        b.put("availability", availability);
        b.put("consent", true);
        b.put("lang", "nl");
        return b;
    }

    private static HttpResponse<String> postJson(Map<String, Object> body) {
        return server.send(HttpRequest.newBuilder(URI.create(server.url("/api/signup")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(Json.write(body))));
    }

    /** Signs up through the API, confirms with the mailed link; returns the applicant id. */
    private static String signUpAndConfirm(Map<String, Object> body) {
        HttpResponse<String> response = postJson(body);
        assertEquals(202, response.statusCode(), response.body());
        Applicant a = LocalOptIn.confirm(server, (String) body.get("email"));
        assertEquals(ApplicantStatus.WAITING, a.status());
        return a.id();
    }

    private static Map<String, Object> propose(String json) {
        var created = server.send(server.asAdmin(PROPOSALS).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
        assertEquals(201, created.statusCode(), created.body());
        return Json.parseObject(created.body(), Language.NL);
    }

    /** Applicant id → group id of every placement in the proposal. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> placements(Map<String, Object> proposal) {
        Map<String, String> placed = new HashMap<>();
        for (Object entry : (List<Object>) proposal.get("assignments")) {
            Map<String, Object> a = (Map<String, Object>) entry;
            placed.put((String) a.get("applicantId"), (String) a.get("groupId"));
        }
        return placed;
    }
}
