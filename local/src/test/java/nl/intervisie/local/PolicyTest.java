package nl.intervisie.local;

import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.audit.AuditLog;
import nl.intervisie.applicants.DynamoApplicantStore;
import nl.intervisie.groups.Membership;
import nl.intervisie.http.Json;
import nl.intervisie.http.Language;
import nl.intervisie.store.Keys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yaml.snakeyaml.Yaml;

import java.io.Reader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Least privilege, checked against what the code really calls: every route of every function is driven through the
 * local server with real work (sign-up incl. a repeated address, clear, export, erase of someone with a membership
 * and attendance, a proposal accepted, a meeting recorded, a member leaving (the admin route) and the
 * meeting re-recorded without them, reports), while
 * {@link SdkCallRecorder} notes the permission each DynamoDB call of each handler needs. Then, per function in
 * template.yaml: every permission used is granted (else AccessDenied when deployed), and every permission granted
 * was used (else it is more than the function needs). SES: a function may send mail only if it did (the local
 * server's outbox stands in for SES). And every admin write route the handlers serve was driven and left an audit
 * entry. Only this class's own scenario counts: the recorder is emptied before it.
 */
class PolicyTest {
    @RegisterExtension
    static final TestServer server = new TestServer();

    /** Priming (SnapStart, nl.intervisie.http.Priming) calls DescribeTable before the snapshot: not locally. */
    private static final String PRIMING = "dynamodb:DescribeTable table";

    private final Map<String, Boolean> mailed = new HashMap<>(); // function → sent mail in this scenario
    private final Set<String> audited = new TreeSet<>();     // admin writes that added an audit entry
    private final Set<String> unaudited = new TreeSet<>();   // admin writes that succeeded without one
    private AuditLog auditLog; // after the local server started: it points the DynamoDB client at DynamoDB Local
    private final ApiRoutes routes;

    PolicyTest() throws Exception {
        routes = ApiRoutes.fromTemplate(TestServer.ROOT.resolve("template.yaml"));
    }

    @Test
    void everyFunctionIsGrantedExactlyWhatItsCodeCallsAndEveryAdminWriteIsAudited() throws Exception {
        scenario();

        // Audit: every admin route that writes (any method but GET, as the handlers list them) was driven and
        // left an entry in the audit log.
        Set<String> writes = new TreeSet<>();
        ServedRoutes.admin(server).stream().filter(r -> !r.method().equals("GET"))
                .forEach(r -> writes.add(r.method() + " " + r.pattern()));
        assertEquals(Set.of(), unaudited, "admin writes without an audit entry");
        assertEquals(writes, audited, "every admin write route was driven and audited");

        Map<String, Set<String>> granted = grantedByFunction();
        Map<String, String> handlers = new HashMap<>();
        routes.routes().forEach(r -> handlers.put(r.functionName(), r.handlerClass()));
        handlers.put("ReminderFunction", "nl.intervisie.reminders.ReminderHandler"); // scheduled, driven by /dev/remind
        assertEquals(granted.keySet(), handlers.keySet(), "every function has routes or a schedule");
        List<String> problems = new ArrayList<>();
        for (var entry : granted.entrySet()) {
            String function = entry.getKey();
            Set<String> used = new TreeSet<>(SdkCallRecorder.CALLS.getOrDefault(handlers.get(function), Set.of()));
            if (mailed.getOrDefault(function, false)) {
                used.add("ses:SendEmail");
            }
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(entry.getValue());
            Set<String> unused = new TreeSet<>(entry.getValue());
            unused.removeAll(used);
            unused.remove(PRIMING);
            // The link key is read from Secrets Manager once per container when deployed; locally LINK_KEY is set.
            unused.removeIf(p -> p.startsWith("secretsmanager:GetSecretValue "));
            System.out.println("PolicyTest " + function + ": uses " + used);
            if (!missing.isEmpty()) {
                problems.add(function + " calls but is not granted " + missing);
            }
            if (!unused.isEmpty()) {
                problems.add(function + " is granted but never calls " + unused);
            }
            assertTrue(used.size() >= 1, function + " was exercised");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));

        everyStoredItemCarriesItsRetention();
    }

    /**
     * Retention by TTL, over this class's whole table after the scenario (with the demo data): every item
     * expires, within its documented period, except the group catalogue and what is kept while someone is in a
     * group (the placed applicant and the membership). Expired items are gone for the API before DynamoDB
     * deletes them: an expired proposal answers 404 and is not listed.
     */
    private void everyStoredItemCarriesItsRetention() {
        Instant now = Instant.now();
        long day = 86_400;
        Map<String, Integer> kinds = new java.util.TreeMap<>();
        List<String> problems = new ArrayList<>();
        List<Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>> all = new ArrayList<>();
        server.client().scanPaginator(b -> b.tableName(server.table())).items().forEach(all::add);
        Map<String, String> statusOf = new HashMap<>(); // applicant id → status, for their e-mail guard
        all.stream().filter(i -> i.containsKey("type") && "APPLICANT".equals(i.get("type").s()))
                .forEach(i -> statusOf.put(i.get("id").s(), i.get("status").s()));
        // Someone who left their last group: kept until the end of the leave year + the attendance period (4 years),
        // like their attendance. The leave date is today at the latest.
        long leftBound = LocalDate.now(java.time.ZoneOffset.UTC).plusYears(5).withDayOfYear(1).atStartOfDay()
                .toEpochSecond(java.time.ZoneOffset.UTC);
        all.forEach(item -> {
            String type = item.containsKey("type") ? item.get("type").s() : item.get(Keys.SK).s();
            kinds.merge(type, 1, Integer::sum);
            Long ttl = item.containsKey(Keys.TTL) ? Long.parseLong(item.get(Keys.TTL).n()) : null;
            String what = type + " " + item.get(Keys.PK).s() + "|" + item.get(Keys.SK).s();
            String owner = item.containsKey("applicantId") ? statusOf.get(item.get("applicantId").s()) : null;
            long bound = switch (type) {
                case "GROUP" -> -1; // the catalogue
                // A membership lasts while the person is in the group; once left, as long as the attendance of that year.
                case "MEMBERSHIP" -> item.containsKey("leftOn")
                        ? LocalDate.parse(item.get("leftOn").s()).plusYears(5).withDayOfYear(1).atStartOfDay()
                        .toEpochSecond(java.time.ZoneOffset.UTC) : -1;
                // Placed: accepting a proposal removes the TTL (kept while in a group); people placed by test set-up
                // or demo data keep the one they were created with, so only the applications' bound is checked.
                case "APPLICANT" -> switch (item.get("status").s()) {
                    case "PLACED" -> Long.MAX_VALUE;
                    case "LEFT" -> leftBound;
                    case "DECLINED" -> now.getEpochSecond() + 366 * day; // an application's own retention
                    default -> now.getEpochSecond() + 3 * 366 * day;
                };
                // The guard follows its applicant: none while placed (accept removes it), the leave bound once left;
                // demo members get 3 years, applications 1.
                case "EMAIL_GUARD" -> "PLACED".equals(owner) ? Long.MAX_VALUE
                        : "LEFT".equals(owner) ? leftBound : now.getEpochSecond() + 3 * 366 * day;
                case "PROPOSAL" -> Instant.parse(item.get("createdAt").s()).getEpochSecond() + 30 * day;
                // The sign-up's daily mail counter: gone two days after its (Dutch) day.
                case "MAIL_CAP" -> LocalDate.parse(item.get(Keys.PK).s().substring(item.get(Keys.PK).s().lastIndexOf('#') + 1))
                        .plusDays(3).atStartOfDay().toEpochSecond(java.time.ZoneOffset.UTC); // the day is in its key
                case "AUDIT" -> Instant.parse(item.get("at").s()).getEpochSecond() + 731 * day;
                // A reminder's sent-once marker: two days after its meeting's date.
                case "REMINDER" -> LocalDate.parse(item.get("date").s()).plusDays(3).atStartOfDay()
                        .toEpochSecond(java.time.ZoneOffset.UTC);
                case "MEETING", "ATTENDANCE" -> java.time.LocalDate.parse(item.get(Keys.SK).s().substring(8, 18))
                        .plusYears(5).withDayOfYear(1).atStartOfDay().toEpochSecond(java.time.ZoneOffset.UTC);
                // A planned meeting (no personal data): a year after its date.
                case "PLAN" -> LocalDate.parse(item.get("date").s()).plusYears(1).plusDays(1).atStartOfDay()
                        .toEpochSecond(java.time.ZoneOffset.UTC);
                default -> 0; // an item kind nobody has decided a retention for
            };
            if (bound < 0 && ttl != null) {
                problems.add(what + " should not expire while it is in use");
            } else if (bound == 0) {
                problems.add(what + ": unknown kind of item, decide its retention");
            } else if (bound > 0 && bound != Long.MAX_VALUE && ttl == null) {
                problems.add(what + " has no TTL");
            } else if (bound > 0 && ttl != null && ttl > bound) {
                problems.add(what + " expires later than documented: " + Instant.ofEpochSecond(ttl));
            }
        });
        System.out.println("PolicyTest retention: item kinds checked " + kinds);
        assertTrue(problems.isEmpty(), problems.size() + " items: " + problems.stream().limit(10).toList());
        assertTrue(statusOf.containsValue("LEFT"), "the scenario stored someone who left");
        assertTrue(all.stream().anyMatch(i -> i.containsKey("leftOn") && i.containsKey(Keys.TTL)), "an ended membership");
        for (String kind : List.of("APPLICANT", "EMAIL_GUARD", "PROPOSAL", "AUDIT", "MEETING", "ATTENDANCE", "REMINDER")) {
            assertTrue(kinds.containsKey(kind), "the scenario stored a " + kind);
        }

        // An expired proposal is gone for the API at once.
        String expired = "expired-" + UUID.randomUUID().toString().substring(0, 8);
        new nl.intervisie.matching.DynamoProposalStore(server.client(), server.table()).save(
                new nl.intervisie.matching.Proposal(expired, now.minusSeconds(120), // newest, so a list would show it
                        List.of(), Map.of("id", expired)),
                now.minusSeconds(60));
        send("GET", "/api/admin/matching/proposals/" + expired, null, 404);
        assertTrue(!send("GET", "/api/admin/matching/proposals", null, 200).body().contains(expired),
                "an expired proposal is not listed");
    }

    // ------------------------------------------------------------------ what template.yaml grants

    @SuppressWarnings("unchecked")
    private static Map<String, Set<String>> grantedByFunction() throws Exception {
        Map<String, Object> template;
        try (Reader reader = Files.newBufferedReader(TestServer.ROOT.resolve("template.yaml"))) {
            template = new Yaml(new ApiRoutes.CloudFormationConstructor()).load(reader);
        }
        Map<String, Set<String>> granted = new HashMap<>();
        ((Map<String, Object>) template.get("Resources")).forEach((name, value) -> {
            Map<String, Object> resource = (Map<String, Object>) value;
            if (!"AWS::Serverless::Function".equals(resource.get("Type"))) {
                return;
            }
            Set<String> permissions = new TreeSet<>();
            for (Object policy : (List<Object>) ((Map<String, Object>) resource.get("Properties")).get("Policies")) {
                for (Object s : (List<Object>) ((Map<String, Object>) policy).get("Statement")) {
                    Map<String, Object> statement = (Map<String, Object>) s;
                    List<String> actions = statement.get("Action") instanceof List<?> l
                            ? l.stream().map(String::valueOf).toList() : List.of(String.valueOf(statement.get("Action")));
                    String where = String.valueOf(statement.get("Resource"));
                    for (String action : actions) {
                        if (action.startsWith("ses:")) {
                            permissions.add(action);
                        } else if (where.equals("Table.Arn")) {
                            permissions.add(action + " table");
                        } else if (where.equals("${Table.Arn}/index/gsi1")) {
                            permissions.add(action + " index/gsi1");
                        } else {
                            permissions.add(action + " " + where);
                        }
                    }
                }
            }
            granted.put(name, permissions);
        });
        return granted;
    }

    // ------------------------------------------------------------------ the scenario: every route, real work

    private void scenario() {
        SdkCallRecorder.CALLS.clear(); // what earlier test classes called does not count
        auditLog = new AuditLog(server.client(), server.table(), java.time.Clock.systemUTC());
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        send("GET", "/api/health", null, 200);

        // sign-up: a new address, the same address again (the guard), one that needs review; the no-JS landing page
        String email = "policy-" + suffix + "@example.org";
        send("POST", "/api/signup", signup(email, true), 202);
        send("POST", "/api/signup", signup(email, true), 202);
        String reviewEmail = "review-" + suffix + "@example.org";
        send("POST", "/api/signup", signup(reviewEmail, false), 202);
        send("GET", "/api/signup/confirmation?lang=nl", null, 200);
        selfService(email, reviewEmail);
        String review = new DynamoApplicantStore(server.client(), server.table()).byEmail(reviewEmail).orElseThrow().reference();

        // admin: reads, clear, groups, sync, audit
        send("GET", "/api/admin/whoami", null, 200);
        String reviewId = idByReference("NEEDS_REVIEW", review);
        send("GET", "/api/admin/applicants/" + reviewId, null, 200);
        send("POST", "/api/admin/applicants/" + reviewId + "/intake",
                "{\"date\":\"" + LocalDate.now().minusDays(1) + "\",\"by\":\"Ineke\"}", 200);
        send("POST", "/api/admin/applicants/" + reviewId + "/clear", "{}", 200);
        long reviewVersion = new DynamoApplicantStore(server.client(), server.table()).get(reviewId).orElseThrow().version();
        send("PUT", "/api/admin/applicants/" + reviewId + "/preferences",
                "{\"remarks\":\"Besproken bij de intake.\",\"version\":" + reviewVersion + "}", 200);
        decline(suffix);
        send("GET", "/api/admin/methods", null, 200);
        send("POST", "/api/admin/groups/sync", null, 200);
        // groups: create, read, edit (at the version read), and the public list
        String groupJson = """
                {"name":"Policy %s","region":"Midden","city":"Utrecht","venue":"Stadskantoor","weekday":"monday",
                 "partOfDay":"morning","frequency":"4 keer per jaar","language":"nl","mode":"in-person","capacity":9,
                 "facilitator":"Ineke","latitude":52.09,"longitude":5.12%s}""";
        String made = (String) json(send("POST", "/api/admin/groups", groupJson.formatted(suffix, ""), 201)).get("id");
        send("GET", "/api/admin/groups/" + made, null, 200);
        send("PUT", "/api/admin/groups/" + made, groupJson.formatted(suffix, ",\"version\":1"), 200);
        send("GET", "/api/groups", null, 200);
        // planning: generate next year, add a date, change one, read the plan
        int nextYear = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).getYear() + 1;
        String plan = "/api/admin/groups/" + made + "/planning";
        send("POST", plan + "/generate", "{\"year\":" + nextYear + "}", 201);
        send("POST", plan, "{\"date\":\"" + nextYear + "-06-01\"}", 201);
        send("PUT", plan + "/" + nextYear + "-1", "{\"version\":1,\"start\":\"10:00\"}", 200);
        send("GET", plan, null, 200);
        // placing by hand: the person just admitted to the waiting list, into the new group; its mail's calendar feed
        java.time.Instant beforePlacing = java.time.Instant.now();
        send("POST", "/api/admin/groups/" + made + "/members", "{\"applicantId\":\"" + reviewId + "\"}", 200);
        String placementMail = server.outbox().stream().filter(m -> !m.at().isBefore(beforePlacing))
                .filter(m -> m.mail().to().equals(reviewEmail)).findFirst().orElseThrow().mail().text();
        var feed = java.util.regex.Pattern.compile("(/api/calendar/\\S+)").matcher(placementMail);
        assertTrue(feed.find(), placementMail);
        send("GET", feed.group(1), null, 200);
        // moving by hand: into a second new group, in one transaction
        String other = (String) json(send("POST", "/api/admin/groups", groupJson.formatted(suffix + " 2", ""), 201)).get("id");
        send("POST", "/api/admin/groups/" + other + "/members",
                "{\"applicantId\":\"" + reviewId + "\",\"move\":true}", 200);
        List<Map<String, Object>> groups = list(json(send("GET", "/api/admin/groups", null, 200)), "groups");
        String group = (String) groups.get(groups.size() - 1).get("id");
        send("GET", "/api/admin/groups/" + group + "/members", null, 200);

        // matching: propose, list, read, apply (group by group, any size)
        var created = json(send("POST", "/api/admin/matching/proposals", "{\"timeLimitSeconds\":1}", 201));
        String proposal = (String) created.get("id");
        send("GET", "/api/admin/matching/proposals", null, 200);
        send("GET", "/api/admin/matching/proposals/" + proposal, null, 200);
        send("POST", "/api/admin/matching/proposals/" + proposal + "/apply", "{}", 200);

        // attendance: two members on a past date; record, one leaves, record again (their item is deleted)
        String date = LocalDate.of(2025, 3, 3 + Math.floorMod(suffix.hashCode(), 20)).toString();
        String left = "policy-left-" + suffix;
        String stays = "policy-stays-" + suffix;
        String keeps = "policy-keeps-" + suffix; // never erased: their attendance stays for the retention check
        member(group, left);
        member(group, stays);
        member(group, keeps);
        send("PUT", "/api/admin/groups/" + group + "/meetings/" + date, meeting(left, stays, keeps), 201);
        // they leave on the meeting's date (their last group): then the meeting is recorded again without them
        send("POST", "/api/admin/groups/" + group + "/members/" + left + "/leave", "{\"date\":\"" + date + "\"}", 200);
        send("PUT", "/api/admin/groups/" + group + "/meetings/" + date, meeting(stays, keeps), 200);
        send("GET", "/api/admin/groups/" + group + "/meetings?year=2025", null, 200);
        send("GET", "/api/admin/groups/" + group + "/meetings/" + date, null, 200);
        send("GET", "/api/admin/attendance/reports/2025", null, 200);
        send("GET", "/api/admin/attendance/reports/2025?format=csv", null, 200);
        send("GET", "/api/admin/attendance/statements/" + stays + "?year=2025", null, 200);
        reminders(group, keeps);

        // privacy rights: export and erase a person with a membership and attendance; the audit log
        send("GET", "/api/admin/applicants/" + stays + "/export", null, 200);
        send("DELETE", "/api/admin/applicants/" + stays, null, 200);
        send("GET", "/api/admin/audit", null, 200);
    }

    /**
     * The reminder function (run as the schedule would, through the local server's /dev/remind): a meeting of the
     * group planned 37 days ahead, the run 7 days before it. One member's address has had its mails for that day: that
     * reminder waits (its marker is given back), the others go.
     */
    private void reminders(String group, String capped) {
        LocalDate runDay = LocalDate.now(nl.intervisie.network.Calendar.ZONE).plusDays(30);
        assertTrue(new nl.intervisie.planning.DynamoPlanStore(server.client(), server.table()).create(group, List.of(
                new nl.intervisie.planning.PlannedMeeting(group, "policy-" + runDay, runDay.plusDays(7),
                        java.time.LocalTime.of(13, 30), java.time.LocalTime.of(16, 30), "", "", false, 1, Instant.now()))));
        Instant at = runDay.atTime(7, 0).atZone(nl.intervisie.network.Calendar.ZONE).toInstant();
        var quota = new nl.intervisie.mail.DynamoMailQuota(server.client(), server.table(),
                java.time.Clock.fixed(at, nl.intervisie.network.Calendar.ZONE), 3);
        String email = new DynamoApplicantStore(server.client(), server.table()).get(capped).orElseThrow().email();
        for (int i = 0; i < 3; i++) {
            assertTrue(quota.take(email));
        }
        var run = send("POST", "/dev/remind?at=" + runDay + "T07:00", null, 200);
        assertTrue(run.body().contains("\"capped\":1") && !run.body().contains("\"sent\":0"), run.body());
    }

    /** A confirmed sign-up declined by a coordinator: the admin function mails the person. */
    private void decline(String suffix) {
        String email = "decline-" + suffix + "@example.org";
        send("POST", "/api/signup", signup(email, true), 202);
        send("POST", LocalOptIn.link(email, "confirm"), "", 200);
        var a = new DynamoApplicantStore(server.client(), server.table()).byEmail(email).orElseThrow();
        send("POST", "/api/admin/applicants/" + a.id() + "/decline",
                "{\"reason\":\"Geen benoeming.\",\"version\":" + a.version() + "}", 200);
    }

    /** The links in mails: confirm both (one opened first), then every self-service route; the first one withdraws. */
    private void selfService(String email, String reviewEmail) {
        String confirm = LocalOptIn.link(email, "confirm");
        send("GET", confirm, null, 200);
        send("POST", confirm, "", 200);
        send("POST", LocalOptIn.link(reviewEmail, "confirm"), "", 200);
        send("POST", "/api/signup", signup(email, true), 202); // confirmed: the "already signed up" mail
        String self = LocalOptIn.link(email, "me").replace("?lang=nl", "");
        send("GET", self, null, 200);
        send("GET", self + "/export", null, 200);
        send("GET", self + "/statement", null, 200);
        long version = new DynamoApplicantStore(server.client(), server.table()).byEmail(email).orElseThrow().version();
        send("POST", self + "/preferences", "version=" + version + "&mode=online&language=nl&availability=any", 303);
        send("POST", self + "/leave", "", 409); // not placed
        send("POST", self + "/erase", "", 400); // not ticked
        send("POST", self + "/withdraw", "version=" + (version + 1), 200);
        String erased = "erase-" + email;
        send("POST", "/api/signup", signup(erased, true), 202);
        send("POST", LocalOptIn.link(erased, "confirm"), "", 200);
        // Placed (test set-up): erasing someone with a membership also clears their other items in a batch.
        var placed = new DynamoApplicantStore(server.client(), server.table()).byEmail(erased).orElseThrow();
        String group = nl.intervisie.groups.GroupCatalogue.load().getFirst().id();
        server.client().transactWriteItems(b -> b.transactItems(nl.intervisie.applicants.ApplicantItems.place(
                server.table(), placed.id(), placed.version(), group, Instant.now())));
        new nl.intervisie.groups.DynamoMembershipStore(server.client(), server.table())
                .add(new Membership(group, placed.id(), LocalDate.now(), null));
        String erasedSelf = LocalOptIn.link(erased, "me").replace("?lang=nl", "");
        send("GET", erasedSelf + "/statement?year=" + LocalDate.now().getYear(), null, 200);
        send("POST", erasedSelf + "/leave", "", 303);
        send("POST", erasedSelf + "/erase", "sure=on", 200);
    }

    private static String signup(String email, boolean appointed) {
        return Json.write(Map.ofEntries(Map.entry("name", "Paula Policy"), Map.entry("email", email),
                Map.entry("organisation", "Gemeente " + email.substring(0, 12)), Map.entry("role", "Vertrouwenspersoon"),
                Map.entry("basicTraining", true), Map.entry("appointed", appointed), Map.entry("mode", "either"),
                Map.entry("municipality", "Utrecht"), Map.entry("region", "Midden"), Map.entry("language", "nl"),
                Map.entry("availability", List.of("any")), Map.entry("avoid", ""), Map.entry("remarks", ""),
                Map.entry("consent", true), Map.entry("lang", "nl"), Map.entry("website", "")));
    }

    private static String meeting(String... present) {
        List<Map<String, String>> attendance = new ArrayList<>();
        for (String id : present) {
            attendance.add(Map.of("applicantId", id, "status", "present"));
        }
        return Json.write(Map.of("start", "13:30", "end", "16:30", "method", "incidentmethode",
                "facilitator", "Anne", "attendance", attendance));
    }

    /**
     * Test set-up, not a handler call: a placed applicant with a membership since 2025; the group's count goes up
     * with it (a member leaving lowers it, only while above 0).
     */
    private static void member(String group, String id) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        new DynamoApplicantStore(server.client(), server.table()).create(AdminPageBrowserTest.applicant(
                id, "Policy " + id, ApplicantStatus.PLACED, now), now.plus(365, ChronoUnit.DAYS));
        server.client().putItem(b -> b.tableName(server.table())
                .item(nl.intervisie.groups.MembershipItems.toItem(new Membership(group, id, LocalDate.of(2025, 1, 2), null))));
        server.client().updateItem(b -> b.tableName(server.table())
                .key(Map.of(Keys.PK, nl.intervisie.store.Items.s("GROUP#" + group), Keys.SK, nl.intervisie.store.Items.s("GROUP")))
                .updateExpression("ADD memberCount :one")
                .expressionAttributeValues(Map.of(":one", nl.intervisie.store.Items.n(1))));
    }

    private String idByReference(String status, String reference) {
        return list(json(send("GET", "/api/admin/applicants?status=" + status, null, 200)), "applicants").stream()
                .filter(a -> reference.equals(a.get("reference"))).map(a -> (String) a.get("id"))
                .findFirst().orElseThrow(() -> new AssertionError("not listed: " + reference));
    }

    private HttpResponse<String> send(String method, String path, String body, int expected) {
        var response = request(method, path, body);
        assertEquals(expected, response.statusCode(), method + " " + path + ": " + response.body());
        return response;
    }

    /** One request; notes whether the function behind the route sent mail meanwhile, and audited a write. */
    private HttpResponse<String> request(String method, String path, String body) {
        var newest = server.outbox().stream().findFirst().orElse(null);
        int auditEntries = auditEntries();
        var builder = path.startsWith("/api/admin/") ? server.asAdmin(path)
                : HttpRequest.newBuilder(URI.create(server.url(path)));
        builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            // JSON for the API; the self-service pages' forms are plain form posts
            builder.header("Content-Type", body.startsWith("{") || body.startsWith("[") ? "application/json"
                    : "application/x-www-form-urlencoded");
        }
        var response = server.send(builder);
        var after = server.outbox().stream().findFirst().orElse(null);
        String pathOnly = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        if (after != null && after != newest) {
            mailed.put(pathOnly.equals("/dev/remind") ? "ReminderFunction"
                    : routes.find(method, pathOnly).route().functionName(), true);
        }
        if (path.startsWith("/api/admin/") && !method.equals("GET") && response.statusCode() / 100 == 2) {
            String route = method + " " + pattern(method, pathOnly);
            (auditEntries() > auditEntries ? audited : unaudited).add(route);
        }
        return response;
    }

    private int auditEntries() {
        return auditLog.month(java.time.YearMonth.now(java.time.ZoneOffset.UTC).toString()).size();
    }

    /** The handler's route pattern a concrete admin path matched. */
    private static String pattern(String method, String path) {
        try {
            return ServedRoutes.admin(server).stream()
                    .filter(r -> r.method().equals(method) && path.matches(r.pattern().replaceAll("\\{[^}/]+}", "[^/]+")))
                    .map(ServedRoutes.Served::pattern).findFirst().orElse(path);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> json(HttpResponse<String> response) {
        return Json.parseObject(response.body(), Language.NL);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> json, String field) {
        return (List<Map<String, Object>>) json.get(field);
    }
}
