package nl.intervisie.local;

import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.applicants.DynamoApplicantStore;
import nl.intervisie.groups.DynamoGroupStore;
import nl.intervisie.groups.DynamoMembershipStore;
import nl.intervisie.groups.Membership;
import nl.intervisie.places.Place;
import nl.intervisie.places.Places;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Made-up applicants for the local server, so a coordinator can try matching at once: about 40 waiting, a few
 * needing review, and some current members in a few groups. Every name is fictional (and says so), every
 * address is @example.org, and the organisations do not exist.
 */
final class DemoData {
    static final int WAITING = 40;
    static final int NEEDS_REVIEW = 4;
    /** The demo facilitator (the local server's second token) and the group(s) they lead. */
    static final String FACILITATOR_USERNAME = "demo-facilitator";
    static final List<String> FACILITATED = List.of("utrecht-1");

    private static final String[] FIRST = {"Anna", "Bram", "Carla", "Daan", "Esra", "Femke", "Gijs", "Hanna", "Ilse",
            "Jasper", "Kim", "Lotte", "Mehmet", "Noor", "Olaf", "Priya", "Quinten", "Roos", "Sem", "Tess"};
    private static final String[] LAST = {"Appelboom", "Berkenhout", "Corneliszoon", "Dijkhuis", "Eikelenboom",
            "Flierefluiter", "Gortebrood", "Hazelnoot", "Ijsselsteyn", "Jonkhout"};
    private static final String[] ORGANISATIONS = {"Ministerie van Voorbeeldzaken", "Dienst Denkbeeldige Uitvoering",
            "Agentschap Proefdata", "Inspectie Fictieve Zaken", "Rijksbureau Testgevallen", "Ministerie van Oefening",
            "Dienst Demonstratie", "Directoraat Verzinsels", "Bureau Nepregister", "Agentschap Schijnbeleid",
            "Rijksdienst Verbeelding", "Kenniscentrum Fantasie", "Embassy of Examplestan", "Consulaat Nergensland"};
    private static final String[] REGIONS = {"Noord", "Oost", "Midden", "West", "Zuid"};
    private static final Map<String, String> CITY = Map.of("Noord", "Groningen", "Oost", "Zwolle", "Midden", "Utrecht",
            "West", "'s-Gravenhage", "Zuid", "Eindhoven");

    private DemoData() {
    }

    static void seed(DynamoDbClient client, String table) {
        DynamoApplicantStore applicants = new DynamoApplicantStore(client, table);
        DynamoMembershipStore memberships = new DynamoMembershipStore(client, table);
        Random r = new Random(2026);
        Instant now = Instant.now();
        int n = 0;
        // Current members: Utrecht 1 nearly full, Zwolle small, one English online group started.
        n = members(applicants, memberships, r, now, n, "utrecht-1", "Midden", "nl", 7);
        n = members(applicants, memberships, r, now, n, "zwolle-1", "Oost", "nl", 3);
        n = members(applicants, memberships, r, now, n, "online-en-1", "", "en", 4);
        var groups = new DynamoGroupStore(client, table);
        FACILITATED.forEach(id -> groups.setFacilitatorUsername(id, FACILITATOR_USERNAME));
        for (int i = 0; i < WAITING + NEEDS_REVIEW; i++, n++) {
            boolean english = i % 9 == 4;
            String mode = english ? "online" : switch (r.nextInt(5)) {
                case 0, 1 -> "in-person";
                case 2 -> "online";
                default -> "either";
            };
            // Six from Noord who want to meet in person: more than Groningen alone can take.
            String region = english ? "" : i < 14 && i % 2 == 0 ? "Noord" : REGIONS[r.nextInt(REGIONS.length)];
            List<String> avoid = i % 11 == 3 ? List.of(FIRST[(i + 1) % FIRST.length] + " (demo) " + LAST[(i + 1) % LAST.length])
                    : i % 13 == 5 ? List.of(ORGANISATIONS[(i + 2) % ORGANISATIONS.length]) : List.of();
            ApplicantStatus status = i < WAITING ? ApplicantStatus.WAITING : ApplicantStatus.NEEDS_REVIEW;
            applicants.create(applicant(n, r, english ? "en" : "nl", mode, region, avoid, status,
                    now.minus(Duration.ofDays(5 + r.nextInt(300))), null), now.plus(Duration.ofDays(365)));
        }
    }

    private static int members(DynamoApplicantStore applicants, DynamoMembershipStore memberships, Random r, Instant now,
                               int n, String groupId, String region, String language, int count) {
        LocalDate joined = now.atZone(ZoneOffset.UTC).toLocalDate().minusMonths(6);
        for (int k = 0; k < count; k++, n++) {
            Applicant a = applicant(n, r, language, "either", region, List.of(), ApplicantStatus.PLACED,
                    now.minus(Duration.ofDays(400)), groupId);
            applicants.create(a, now.plus(Duration.ofDays(3 * 365)));
            memberships.add(new Membership(groupId, a.id(), joined, null));
        }
        return n;
    }

    private static Applicant applicant(int n, Random r, String language, String mode, String region, List<String> avoid,
                                       ApplicantStatus status, Instant createdAt, String groupId) {
        String id = String.format("demo-%03d", n);
        // Names: first × last cycle gives 200 distinct, each marked "(demo)".
        String name = FIRST[n % FIRST.length] + " (demo) " + LAST[(n / FIRST.length) % LAST.length];
        String organisation = ORGANISATIONS[r.nextInt(ORGANISATIONS.length)];
        // In person (or either): the municipality of the region's main city, as the sign-up form now asks.
        Place location = mode.equals("online") || !CITY.containsKey(region) ? null
                : Places.netherlands().byMunicipality(CITY.get(region)).orElseThrow();
        return new Applicant(id, "IV-DEMO" + n, name, id + "@example.org", organisation, "vertrouwenspersoon",
                true, status != ApplicantStatus.NEEDS_REVIEW, mode, "", region, location, language, List.of("any"), "",
                avoid, "", status, createdAt, createdAt, 1, groupId);
    }
}
