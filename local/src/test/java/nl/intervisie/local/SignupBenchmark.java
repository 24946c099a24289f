package nl.intervisie.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sign-ups per second and latency through the local server (HTTP → ApiGateway → SignupHandler → DynamoDB Local),
 * each request a new applicant. Run: {@code mvn -B -ntp -pl local -am -Pbenchmark verify -DskipTests}
 * (options: -Dbenchmark.requests=2000 -Dbenchmark.concurrency=8). Figures depend on the machine; DynamoDB Local
 * is far slower than DynamoDB, so they measure our code plus a slow store, not production.
 */
public final class SignupBenchmark {
    public static void main(String[] args) throws Exception {
        int requests = Integer.getInteger("benchmark.requests", 1000);
        int concurrency = Integer.getInteger("benchmark.concurrency", 8);
        int warmup = Integer.getInteger("benchmark.warmup", 200);
        int status = 0;
        try (LocalServer server = LocalServer.start(new LocalServer.Options(0, TestServer.ROOT.resolve("site/target/site"),
                TestServer.ROOT.resolve("template.yaml")))) {
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            URI uri = URI.create(server.url() + "api/signup");
            AtomicInteger counter = new AtomicInteger();
            run(http, uri, counter, warmup, concurrency); // JIT and connection warm-up, not measured
            double loadBefore = loadAverage();
            long started = System.nanoTime();
            Result result = run(http, uri, counter, requests, concurrency);
            double seconds = (System.nanoTime() - started) / 1e9;
            double loadAfter = loadAverage();
            List<Long> latencies = result.latencies();
            Collections.sort(latencies);
            System.out.printf("%nSign-up benchmark through the local server (%d requests, %d concurrent, after %d warm-up)%n",
                    requests, concurrency, warmup);
            System.out.printf("  throughput: %.0f sign-ups/s%n", requests / seconds);
            System.out.printf("  latency:    p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    pct(latencies, 50), pct(latencies, 99), latencies.getLast() / 1e6);
            System.out.printf("  answers:    %d × 202, %d other%n", result.created(), requests - result.created());
            // The machine is often shared: the load says how much of it the benchmark had.
            System.out.printf("  machine:    %d cores, load average %.1f before / %.1f after, JDK %s%n",
                    Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter, Runtime.version());
            if (result.created() != requests) {
                status = 1;
            }
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status); // DynamoDB Local leaves non-daemon threads behind
    }

    record Result(List<Long> latencies, int created) {
    }

    static Result run(HttpClient http, URI uri, AtomicInteger counter, int requests, int concurrency) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger created = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                futures.add(pool.submit(() -> {
                    String body = """
                            {"name":"Bench Mark","email":"bench-%d@example.org","organisation":"Ministerie van Benchmarks",
                             "role":"Vertrouwenspersoon","basicTraining":true,"appointed":true,"mode":"online",
                             "language":"nl","availability":["any"],"consent":true,"lang":"nl","website":"","elapsed":"9000"}
                            """.formatted(counter.incrementAndGet());
                    HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    latencies.add(System.nanoTime() - t0);
                    if (response.statusCode() == 202) {
                        created.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }
        return new Result(latencies, created.get());
    }

    /** The 1-minute load average of the machine (-1 where the platform has none). */
    static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static double pct(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
