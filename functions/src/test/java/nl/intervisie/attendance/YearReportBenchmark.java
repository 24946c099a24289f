package nl.intervisie.attendance;

import nl.intervisie.applicants.ApplicantBuilder;
import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantItems;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.store.Keys;
import nl.intervisie.store.TableSetup;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * The year report for 2,000 participants × 4 meetings (250 groups of 8): wall time and the DynamoDB capacity it
 * consumes, as the SDK reports it (ReturnConsumedCapacity TOTAL on every read, summed from the responses).
 * DynamoDB Local runs as a loopback server, so the requests go over HTTP through the normal SDK client.
 * Run: mvn -B -ntp -pl functions -Pattendance-benchmark verify -DskipTests
 * (smaller: -Dbenchmark.groups=25; README, "Attendance").
 */
public final class YearReportBenchmark {
    private static final int GROUPS = Integer.getInteger("benchmark.groups", 250);
    private static final int MEMBERS = 8;
    private static final int MEETINGS = 4;
    private static final int YEAR = 2025;
    private static final int RUNS = Integer.getInteger("benchmark.runs", 5);

    /** Asks every read for its consumed capacity and adds it up. */
    static final class CapacityMeter implements ExecutionInterceptor {
        final DoubleAdder units = new DoubleAdder();
        final AtomicLong requests = new AtomicLong();
        /** Per operation (Query, BatchGetItem, GetItem): units and requests, to show where the capacity goes. */
        final Map<String, DoubleAdder> unitsBy = new java.util.concurrent.ConcurrentSkipListMap<>();
        final Map<String, AtomicLong> requestsBy = new java.util.concurrent.ConcurrentSkipListMap<>();

        @Override
        public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
            SdkRequest r = context.request();
            if (r instanceof QueryRequest q) {
                return q.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
            }
            if (r instanceof BatchGetItemRequest b) {
                return b.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
            }
            if (r instanceof GetItemRequest g) {
                return g.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
            }
            return r;
        }

        @Override
        public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
            requests.incrementAndGet();
            String operation = context.request().getClass().getSimpleName().replace("Request", "");
            requestsBy.computeIfAbsent(operation, k -> new AtomicLong()).incrementAndGet();
            switch (context.response()) {
                case QueryResponse q -> add(operation, q.consumedCapacity());
                case GetItemResponse g -> add(operation, g.consumedCapacity());
                case BatchGetItemResponse b -> b.consumedCapacity().forEach(c -> add(operation, c));
                default -> { }
            }
        }

        private void add(String operation, ConsumedCapacity c) {
            if (c != null && c.capacityUnits() != null) {
                units.add(c.capacityUnits());
                unitsBy.computeIfAbsent(operation, k -> new DoubleAdder()).add(c.capacityUnits());
            }
        }

        void reset() {
            units.reset();
            requests.set(0);
            unitsBy.clear();
            requestsBy.clear();
        }

        String breakdown() {
            StringBuilder b = new StringBuilder();
            requestsBy.forEach((op, n) -> b.append(String.format("    %-13s %5d requests %8.1f RCU%n", op, n.get(),
                    unitsBy.getOrDefault(op, new DoubleAdder()).sum())));
            return b.toString();
        }
    }

    public static void main(String[] args) {
        int status = 1;
        try {
            run();
            status = 0;
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            // DynamoDB Local leaves a non-daemon job thread (shard rollover) that keeps the JVM alive for minutes.
            System.exit(status);
        }
    }

    private static void run() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(
                new String[]{"-inMemory", "-port", Integer.toString(port), "-disableTelemetry"});
        server.start();
        CapacityMeter meter = new CapacityMeter();
        try (DynamoDbClient client = DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.EU_CENTRAL_1)
                .endpointOverride(URI.create("http://127.0.0.1:" + port))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .overrideConfiguration(c -> c.addExecutionInterceptor(meter))
                .build()) {
            String table = "benchmark";
            TableSetup.create(client, table);
            long expectedPresent = seed(client, table);

            AttendanceService service = new AttendanceService(new DynamoAttendanceStore(client, table), Methods.load(),
                    new AttendanceRules(3, 32, 4), Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC), Map.of());
            for (int i = 0; i < 2; i++) {
                service.yearReport(YEAR); // warm-up: class loading and JIT, as a warm Lambda container would be
            }
            long[] millis = new long[RUNS];
            AttendanceService.YearReport report = null;
            for (int i = 0; i < RUNS; i++) {
                meter.reset();
                long start = System.nanoTime();
                report = service.yearReport(YEAR);
                millis[i] = (System.nanoTime() - start) / 1_000_000;
            }
            long present = report.rows().stream().mapToLong(AttendanceService.ReportRow::attended).sum();
            if (report.rows().size() != GROUPS * MEMBERS || present != expectedPresent) {
                throw new IllegalStateException("report does not match the data: " + report.rows().size() + " rows, "
                        + present + " attended, expected " + expectedPresent);
            }
            Arrays.sort(millis);
            System.out.printf("""

                    Year report benchmark: %d participants x %d meetings (%d groups of %d), DynamoDB Local over HTTP
                      time per report: median %d ms, min %d ms, max %d ms (%d runs after 2 warm-up runs)
                      consumed capacity per report: %.1f RCU in %d requests (ReturnConsumedCapacity TOTAL, summed)
                    %s  participants meeting the yearly rule: %d of %d
                    %n""", GROUPS * MEMBERS, MEETINGS, GROUPS, MEMBERS, millis[RUNS / 2], millis[0], millis[RUNS - 1], RUNS,
                    meter.units.sum(), meter.requests.get(), meter.breakdown(),
                    report.rows().stream().filter(AttendanceService.ReportRow::met).count(), report.rows().size());
        } finally {
            server.stop();
        }
    }

    /** Writes groups, applicants, meetings and attendance in their production formats; returns how many were present. */
    private static long seed(DynamoDbClient client, String table) {
        Random random = new Random(42);
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Instant at = Instant.parse("2024-01-01T00:00:00Z");
        Instant expires = new AttendanceRules(3, 32, 4).expiry(LocalDate.of(YEAR, 1, 1));
        long present = 0;
        for (int g = 0; g < GROUPS; g++) {
            String groupId = "groep-" + g;
            items.add(Map.of(Keys.PK, AttributeValue.fromS("GROUP#" + groupId), Keys.SK, AttributeValue.fromS("GROUP"),
                    "id", AttributeValue.fromS(groupId)));
            List<String> ids = new ArrayList<>();
            for (int m = 0; m < MEMBERS; m++) {
                String id = "p-" + g + "-" + m;
                ids.add(id);
                items.add(ApplicantItems.toItem(ApplicantBuilder.applicant(id).name("Deelnemer Zoë " + id)
                        .organisation("Org " + m).place("Utrecht").status(ApplicantStatus.PLACED).createdAt(at)
                        .groupId(groupId).build(), null));
            }
            for (int k = 0; k < MEETINGS; k++) {
                LocalDate date = LocalDate.of(YEAR, 1 + 3 * k, 10 + random.nextInt(10));
                List<Attendee> attendees = new ArrayList<>();
                for (String id : ids) {
                    int roll = random.nextInt(10);
                    AttendanceStatus status = roll < 8 ? AttendanceStatus.PRESENT : roll < 9 ? AttendanceStatus.EXCUSED : AttendanceStatus.ABSENT;
                    present += status == AttendanceStatus.PRESENT ? 1 : 0;
                    attendees.add(new Attendee(id, status));
                }
                long p = attendees.stream().filter(a -> a.status() == AttendanceStatus.PRESENT).count();
                Meeting meeting = new Meeting(groupId, date, LocalTime.of(13, 30), LocalTime.of(16, 30), "incidentmethode",
                        "Anne", (int) p, 0, 0, 1);
                items.add(AttendanceItems.meetingItem(meeting, expires));
                attendees.forEach(a -> items.add(AttendanceItems.attendeeItem(meeting, a, expires)));
            }
        }
        for (int i = 0; i < items.size(); i += 25) {
            List<WriteRequest> batch = items.subList(i, Math.min(items.size(), i + 25)).stream()
                    .map(item -> WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build()).toList();
            Map<String, List<WriteRequest>> pending = Map.of(table, batch);
            while (!pending.isEmpty()) {
                Map<String, List<WriteRequest>> ask = pending;
                var response = client.batchWriteItem(b -> b.requestItems(ask));
                pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
            }
        }
        return present;
    }
}
