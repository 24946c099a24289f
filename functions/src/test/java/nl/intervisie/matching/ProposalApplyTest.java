package nl.intervisie.matching;

import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantBuilder;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.applicants.DynamoApplicantStore;
import nl.intervisie.audit.AuditLog;
import nl.intervisie.groups.DynamoGroupStore;
import nl.intervisie.groups.DynamoMembershipStore;
import nl.intervisie.groups.Group;
import nl.intervisie.http.Caller;
import nl.intervisie.http.Language;
import nl.intervisie.mail.Mail;
import nl.intervisie.testing.TestDynamo;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Applying a reviewed proposal on DynamoDB Local, at a size no single transaction could hold: 60 placements over 8
 * groups in one call, leaving things out, a new group left with too few, a call cut off half-way and retried, a
 * call out of time, and two applies of the same proposal at once. Checked against what the table holds.
 */
class ProposalApplyTest {
    private static final Caller COORDINATOR = new Caller("sub-test", "tester", List.of(Caller.COORDINATORS));
    private final String table = TestDynamo.freshTable();
    private final DynamoApplicantStore applicants = new DynamoApplicantStore(TestDynamo.client(), table);
    private final DynamoGroupStore groups = new DynamoGroupStore(TestDynamo.client(), table);
    private final DynamoMembershipStore memberships = new DynamoMembershipStore(TestDynamo.client(), table);
    private final DynamoProposalStore proposals = new DynamoProposalStore(TestDynamo.client(), table, applicants);
    private final AuditLog audit = new AuditLog(TestDynamo.client(), table, Clock.systemUTC());
    private final List<Mail> sent = Collections.synchronizedList(new ArrayList<>());
    private final MatchingService service = new MatchingService(applicants, groups, memberships, proposals, audit,
            sent::add, Clock.systemUTC());

    private ProposalApply applier(ProposalStore store, Duration budget) {
        return new ProposalApply(applicants, groups, memberships, store, audit,
                nl.intervisie.planning.PlacementMails.plain(sent::add), Clock.systemUTC(),
                Rules.MIN_TO_START, budget);
    }

    /** 8 groups of 9 (2 running with 2 members each, 6 empty) and {@code people} waiting, all fitting anywhere. */
    private Proposal world(int people) {
        Instant since = Instant.now().minus(Duration.ofDays(60));
        for (int g = 0; g < 8; g++) {
            groups.upsertFromCatalogue(new Group("g" + g, "Groep " + g, "Midden", "Utrecht", "Kantoor", "dinsdagmiddag",
                    "4 keer per jaar", "nl", "in-person", "Anne", 9, 52.09, 5.12));
        }
        for (int g = 0; g < 2; g++) {
            for (int m = 0; m < 2; m++) {
                String id = "m" + g + "-" + m;
                create(id, "Lid-org " + id, ApplicantStatus.PLACED, since);
                memberships.add(new nl.intervisie.groups.Membership("g" + g, id, java.time.LocalDate.now(), null));
            }
        }
        for (int i = 0; i < people; i++) {
            create("p" + i, "Org " + i, ApplicantStatus.WAITING, since.plusSeconds(i));
        }
        Proposal p = service.create(COORDINATOR, new Matcher.Settings(Duration.ofSeconds(3), Duration.ofSeconds(1)));
        assertEquals(people, p.plan().stream().mapToInt(g -> g.applicants().size()).sum(), "everyone placed in the proposal");
        return p;
    }

    private void create(String id, String org, ApplicantStatus status, Instant at) {
        applicants.create(ApplicantBuilder.applicant(id).organisation(org).mode("in-person").status(status).createdAt(at)
                .build(), Instant.now().plus(Duration.ofDays(365)));
    }

    /** What the table holds: per group, members by item and by count agree; nobody is a member twice. */
    private Set<String> placedInTable() {
        Set<String> members = new HashSet<>();
        for (var g : groups.list()) {
            var items = memberships.members(g.group().id());
            assertEquals(g.memberCount(), items.size(), "count and items agree for " + g.group().id());
            assertTrue(g.memberCount() <= 9);
            items.forEach(m -> assertTrue(members.add(m.applicantId()), "member twice: " + m.applicantId()));
        }
        members.removeIf(id -> id.startsWith("m"));
        Set<String> placed = applicants.listByStatus(ApplicantStatus.PLACED).stream().map(Applicant::id)
                .filter(id -> id.startsWith("p")).collect(Collectors.toSet());
        assertEquals(placed, members, "PLACED exactly when a member");
        return placed;
    }

    private Set<String> mailedTo() {
        List<String> to = sent.stream().map(Mail::to).toList();
        assertEquals(to.size(), new HashSet<>(to).size(), "nobody mailed twice: " + to);
        return to.stream().map(a -> a.substring(0, a.indexOf('@'))).collect(Collectors.toSet());
    }

    @Test
    void sixtyPlacementsOverEightGroupsApplyInOneCall() {
        Proposal p = world(60);
        assertEquals(8, p.plan().size());
        long t0 = System.nanoTime();
        var r = service.applier().apply(COORDINATOR, p.id(), ProposalApply.LeaveOut.NONE, 0L, Language.NL);
        System.out.printf("apply: 60 placements over 8 groups in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        assertTrue(r.groups().stream().allMatch(g -> g.outcome() == ProposalApply.Outcome.APPLIED), r.groups().toString());
        assertEquals(60, placedInTable().size());
        assertEquals(placedInTable(), mailedTo());
        assertEquals(Proposal.APPLIED, r.proposal().status());
        assertEquals(8, r.proposal().version());
        assertEquals(60, r.proposal().appliedApplicants().size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void anApplicantWhoChangedSinceStopsTheirGroupOnlyAndTheOthersApply() {
        Proposal p = world(60);
        var stale = p.plan().get(3);
        String changed = stale.applicants().get(1).applicantId();
        // The application is edited after the proposal was made (its version moves on).
        TestDynamo.client().updateItem(b -> b.tableName(table).key(nl.intervisie.applicants.ApplicantItems.key(changed))
                .updateExpression("SET #v = #v + :one").expressionAttributeNames(Map.of("#v", "version"))
                .expressionAttributeValues(Map.of(":one", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN("1"))));
        var r = service.applier().apply(COORDINATOR, p.id(), ProposalApply.LeaveOut.NONE, null, Language.NL);
        for (var g : r.groups()) {
            if (g.groupId().equals(stale.groupId())) {
                assertEquals(ProposalApply.Outcome.STALE, g.outcome());
                assertEquals(List.of(changed), g.changed());
            } else {
                assertEquals(ProposalApply.Outcome.APPLIED, g.outcome(), g.toString());
            }
        }
        assertEquals(List.of(), memberships.members(stale.groupId()).stream()
                .filter(m -> m.applicantId().startsWith("p")).toList(), "nothing of the stale group");
        assertEquals(60 - stale.applicants().size(), placedInTable().size());
        assertEquals(placedInTable(), mailedTo());
        assertEquals(Proposal.PARTLY_APPLIED, r.proposal().status());
        // In words, with the person's name (never the id).
        var answer = ApplyRequest.answer(r, service.view(r.proposal(), Language.NL), Language.NL);
        String message = ((List<Map<String, Object>>) answer.get("groups")).stream()
                .filter(g -> g.get("groupId").equals(stale.groupId())).findFirst().orElseThrow().get("message").toString();
        assertEquals("Niet toegepast: de aanmelding van Deelnemer " + changed + " is veranderd sinds het voorstel. "
                + "Niemand in deze groep is geplaatst.", message);
    }

    @Test
    void leftOutPlacementsAndGroupsStayWaitingAndGetNoMail() {
        Proposal p = world(40);
        var running = p.plan().stream().filter(g -> g.assumedCount() > 0).findFirst().orElseThrow();
        var other = p.plan().stream().filter(g -> g != running).findFirst().orElseThrow();
        String oneOut = running.applicants().getFirst().applicantId();
        var r = service.applier().apply(COORDINATOR, p.id(),
                new ProposalApply.LeaveOut(Set.of(oneOut), Set.of(other.groupId())), null, Language.NL);
        Map<String, ProposalApply.GroupOutcome> by = r.groups().stream()
                .collect(Collectors.toMap(ProposalApply.GroupOutcome::groupId, g -> g));
        assertEquals(ProposalApply.Outcome.LEFT_OUT, by.get(other.groupId()).outcome());
        assertEquals(ProposalApply.Outcome.APPLIED, by.get(running.groupId()).outcome());
        assertEquals(List.of(oneOut), by.get(running.groupId()).leftOut());
        int expected = 40 - 1 - other.applicants().size();
        Set<String> placed = placedInTable();
        assertEquals(expected, placed.size());
        assertTrue(!placed.contains(oneOut));
        other.applicants().forEach(a -> assertTrue(!placed.contains(a.applicantId())));
        assertEquals(placed, mailedTo());
        assertEquals(ApplicantStatus.WAITING, applicants.get(oneOut).orElseThrow().status());
        assertEquals(running.assumedCount() + running.applicants().size() - 1,
                groups.list().stream().filter(g -> g.group().id().equals(running.groupId())).findFirst().orElseThrow().memberCount());
        assertEquals(Proposal.PARTLY_APPLIED, r.proposal().status());
    }

    @Test
    void aNewGroupLeftWithFewerThanFiveIsNotOpened() {
        Proposal p = world(40);
        var empty = p.plan().stream().filter(g -> g.assumedCount() == 0 && g.applicants().size() >= 5).findFirst().orElseThrow();
        Set<String> out = empty.applicants().stream().skip(4).map(Proposal.ApplicantPlan::applicantId).collect(Collectors.toSet());
        var r = service.applier().apply(COORDINATOR, p.id(), new ProposalApply.LeaveOut(out, Set.of()), null, Language.NL);
        var outcome = r.groups().stream().filter(g -> g.groupId().equals(empty.groupId())).findFirst().orElseThrow();
        assertEquals(ProposalApply.Outcome.TOO_FEW, outcome.outcome());
        assertEquals(List.of(), memberships.members(empty.groupId()));
        assertEquals(40 - empty.applicants().size(), placedInTable().size());
    }

    /** The call dies after three groups (a timeout, a crash): the retry continues, nobody is placed or mailed twice. */
    @Test
    void aRetryAfterACutOffCallContinuesWhereItStopped() {
        Proposal p = world(60);
        AtomicInteger calls = new AtomicInteger();
        ProposalStore dying = new ProposalStore() {
            public void save(Proposal proposal, Instant expiresAt) {
                proposals.save(proposal, expiresAt);
            }

            public Optional<Proposal> find(String id, Instant now) {
                return proposals.find(id, now);
            }

            public List<Proposal> recent(int limit, Instant now) {
                return proposals.recent(limit, now);
            }

            public GroupResult applyGroup(Proposal proposal, Proposal.GroupPlan group, Instant now) {
                if (calls.incrementAndGet() == 4) {
                    throw new IllegalStateException("cut off");
                }
                return proposals.applyGroup(proposal, group, now);
            }
        };
        assertThrows(IllegalStateException.class, () -> applier(dying, ProposalApply.DEFAULT_BUDGET)
                .apply(COORDINATOR, p.id(), ProposalApply.LeaveOut.NONE, null, Language.NL));
        Set<String> firstThree = placedInTable();
        Proposal half = proposals.find(p.id(), Instant.now()).orElseThrow();
        assertEquals(3, half.appliedGroups().size(), "the proposal records the three groups applied");
        assertEquals(firstThree, half.appliedApplicants());
        assertEquals(Proposal.PARTLY_APPLIED, half.status());

        var retry = service.applier().apply(COORDINATOR, p.id(), ProposalApply.LeaveOut.NONE, null, Language.NL);
        assertEquals(3, retry.groups().stream().filter(g -> g.outcome() == ProposalApply.Outcome.ALREADY_APPLIED).count());
        assertEquals(5, retry.groups().stream().filter(g -> g.outcome() == ProposalApply.Outcome.APPLIED).count());
        assertEquals(60, placedInTable().size());
        assertEquals(placedInTable(), mailedTo());
        assertEquals(Proposal.APPLIED, retry.proposal().status());
    }

    @Test
    void outOfTimeNothingIsStartedAndTheNextCallDoesIt() {
        Proposal p = world(20);
        var late = applier(proposals, Duration.ZERO).apply(COORDINATOR, p.id(), ProposalApply.LeaveOut.NONE, null, Language.NL);
        assertTrue(late.groups().stream().allMatch(g -> g.outcome() == ProposalApply.Outcome.NOT_TRIED));
        assertEquals(Set.of(), placedInTable());
        var next = service.applier().apply(COORDINATOR, p.id(), ProposalApply.LeaveOut.NONE, null, Language.NL);
        assertTrue(next.groups().stream().allMatch(g -> g.outcome() == ProposalApply.Outcome.APPLIED));
        assertEquals(20, placedInTable().size());
    }

    /** Two coordinators press apply at the same moment: each group is applied by exactly one of them. */
    @Test
    void twoAppliesAtOnceNeverPlaceAnyoneTwice() throws Exception {
        Proposal p = world(60);
        var pool = Executors.newFixedThreadPool(2);
        CountDownLatch gate = new CountDownLatch(1);
        try {
            var a = pool.submit(() -> {
                gate.await();
                return service.applier().apply(COORDINATOR, p.id(), ProposalApply.LeaveOut.NONE, null, Language.NL);
            });
            var b = pool.submit(() -> {
                gate.await();
                return service.applier().apply(COORDINATOR, p.id(), ProposalApply.LeaveOut.NONE, null, Language.NL);
            });
            gate.countDown();
            List<ProposalApply.GroupOutcome> all = new ArrayList<>(a.get().groups());
            all.addAll(b.get().groups());
            Map<String, Long> appliedBy = all.stream().filter(g -> g.outcome() == ProposalApply.Outcome.APPLIED)
                    .collect(Collectors.groupingBy(ProposalApply.GroupOutcome::groupId, Collectors.counting()));
            assertEquals(8, appliedBy.size(), all.toString());
            assertTrue(appliedBy.values().stream().allMatch(n -> n == 1), appliedBy.toString());
            assertTrue(all.stream().allMatch(g -> g.outcome() == ProposalApply.Outcome.APPLIED
                    || g.outcome() == ProposalApply.Outcome.ALREADY_APPLIED), all.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(60, placedInTable().size());
        assertEquals(placedInTable(), mailedTo());
    }
}
