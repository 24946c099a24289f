package nl.intervisie.matching;

import nl.intervisie.applicants.ApplicantBuilder;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.applicants.DynamoApplicantStore;
import nl.intervisie.audit.AuditLog;
import nl.intervisie.groups.DynamoGroupStore;
import nl.intervisie.groups.DynamoMembershipStore;
import nl.intervisie.groups.Group;
import nl.intervisie.http.Caller;
import nl.intervisie.http.Language;
import nl.intervisie.planning.PlacementMails;
import nl.intervisie.testing.TestDynamo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How long applying a proposal takes on DynamoDB Local (in-process): per size, the groups of 9 and the people that fill
 * them, then one apply call (as the page makes it; it continues while the API says it ran out of time). Not a test:
 * figures. Run with the benchmark classpath (local/bench-matching's) and main class
 * nl.intervisie.matching.ApplyBenchmark [placements...] (default 40 400 1000).
 */
public final class ApplyBenchmark {
    private static final Caller COORDINATOR = new Caller("bench", "bench", List.of(Caller.COORDINATORS));

    private ApplyBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[]{40, 400, 1000} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        for (int n : sizes) {
            String table = TestDynamo.freshTable();
            var applicants = new DynamoApplicantStore(TestDynamo.client(), table);
            var groups = new DynamoGroupStore(TestDynamo.client(), table);
            var memberships = new DynamoMembershipStore(TestDynamo.client(), table);
            AtomicInteger mails = new AtomicInteger();
            var service = new MatchingService(applicants, groups, memberships, new DynamoProposalStore(TestDynamo.client(), table, applicants),
                    new AuditLog(TestDynamo.client(), table, Clock.systemUTC()), m -> mails.incrementAndGet(), Clock.systemUTC());
            int groupCount = (n + 7) / 8;
            for (int g = 0; g < groupCount; g++) {
                groups.upsertFromCatalogue(new Group("g" + g, "Groep " + g, "Online", "", "", "dinsdagmiddag", "4x", "nl",
                        "online", "Anne", 9, 0, 0));
            }
            Instant at = Instant.now().minus(Duration.ofDays(30));
            for (int i = 0; i < n; i++) {
                applicants.create(ApplicantBuilder.applicant("p" + i).organisation("Org " + i).mode("online").region("")
                        .status(ApplicantStatus.WAITING).createdAt(at).build(), Instant.now().plus(Duration.ofDays(365)));
            }
            Proposal p = service.create(COORDINATOR, new Matcher.Settings(Duration.ofSeconds(10), Duration.ofSeconds(3)));
            int planned = p.plan().stream().mapToInt(g -> g.applicants().size()).sum();
            long t0 = System.nanoTime();
            int calls = 0;
            ProposalApply.Result r;
            do {
                r = service.applier().apply(COORDINATOR, p.id(), ProposalApply.LeaveOut.NONE, null, Language.NL);
                calls++;
            } while (r.groups().stream().anyMatch(g -> g.outcome() == ProposalApply.Outcome.NOT_TRIED));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf("apply: %d placements over %d groups: %d ms in %d call(s), %d mails, status %s, load %.1f%n",
                    planned, p.plan().size(), ms, calls, mails.get(), r.proposal().status(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
        System.exit(0); // DynamoDB Local leaves non-daemon threads
    }
}
