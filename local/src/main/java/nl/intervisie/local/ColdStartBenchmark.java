package nl.intervisie.local;

import nl.intervisie.groups.DynamoGroupStore;
import nl.intervisie.groups.GroupCatalogue;
import nl.intervisie.store.Dynamo;
import nl.intervisie.store.TableSetup;
import org.yaml.snakeyaml.Yaml;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cold-start benchmark (local/bench-coldstart; README "Cold start"). For every function in template.yaml that
 * has an event file in local/bench/events/, it starts a fresh JVM per run with only the Lambda jar (and the tiny
 * runner) on the class path, loads the handler class by name, handles that one event against DynamoDB Local
 * (started once here, on loopback) and times process start → first response. A hello-world JVM is the floor.
 * Runs are interleaved across functions so that noise from other processes spreads evenly.
 */
public final class ColdStartBenchmark {
    private static final Pattern RESPONSE = Pattern.compile("RESPONSE (\\d+) parse=(\\d+) init=(\\d+) invoke=(\\d+)");
    private static final String HELLO = "hello-world";

    private record Target(String name, String handlerClass, Path event) {
    }

    private record Sample(int status, double totalMs, long initMs, long invokeMs) {
    }

    /** One way of starting the functions: a jar, the JVM flags, with or without an AppCDS archive per function. */
    private record Variant(String name, Path jar, String javaToolOptions, boolean cds) {
        String describe(Path root) throws IOException {
            return String.format("%s: %s (%.1f MB), JAVA_TOOL_OPTIONS=%s%s", name,
                    jar.startsWith(root) ? root.relativize(jar) : jar,
                    Files.size(jar) / 1_048_576.0, javaToolOptions.isEmpty() ? "(none)" : javaToolOptions,
                    cds ? ", AppCDS archive per function" : "");
        }
    }

    private record Options(int runs, Path events, List<Variant> variants, List<String> only) {
    }

    private ColdStartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        Options options = parse(args, root);
        for (Variant v : options.variants()) {
            if (!Files.isRegularFile(v.jar())) {
                throw new IllegalStateException("No Lambda jar at " + v.jar() + ": run mvn -DskipTests package first");
            }
        }
        List<Target> targets = targets(root.resolve("template.yaml"), options);
        System.out.printf("%d runs per function and variant, java %s, runs interleaved%n", options.runs(), Runtime.version());
        for (Variant v : options.variants()) {
            System.out.println("  " + v.describe(root));
        }

        try (LocalDynamo dynamo = LocalDynamo.start()) {
            seed(dynamo);
            Map<String, Map<String, List<String>>> flags = new LinkedHashMap<>();
            Map<String, Map<String, List<Sample>>> samples = new LinkedHashMap<>();
            for (Variant v : options.variants()) {
                flags.put(v.name(), v.cds() ? trainArchives(root, targets, dynamo, v) : Map.of());
                Map<String, List<Sample>> byTarget = new LinkedHashMap<>();
                targets.forEach(t -> byTarget.put(t.name(), new ArrayList<>()));
                samples.put(v.name(), byTarget);
                // One unmeasured run each: the jar and the JDK into the page cache.
                for (Target t : targets) {
                    run(root, t, dynamo, v, flags.get(v.name()).getOrDefault(t.name(), List.of()), 0);
                }
            }
            // Round-robin over variants and functions: load from other processes hits all alike.
            for (int i = 1; i <= options.runs(); i++) {
                for (Variant v : options.variants()) {
                    for (Target t : targets) {
                        samples.get(v.name()).get(t.name())
                                .add(run(root, t, dynamo, v, flags.get(v.name()).getOrDefault(t.name(), List.of()), i));
                    }
                }
            }
            for (Variant v : options.variants()) {
                print(v.describe(root), targets, samples.get(v.name()));
            }
            if (options.variants().size() > 1) {
                summary(targets, options.variants(), samples);
            }
        }
        System.exit(0); // DynamoDB Local's threads
    }

    private static Options parse(String[] args, Path root) throws IOException {
        int runs = 10;
        Path jar = root.resolve("functions/target/functions-lambda.jar");
        Path events = root.resolve("local/bench/events");
        String flags = templateJavaToolOptions(root.resolve("template.yaml"));
        boolean cds = false;
        Path baseline = null;
        List<String> only = List.of();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--jar" -> jar = Path.of(args[++i]).toAbsolutePath();
                case "--java-tool-options" -> flags = args[++i];
                case "--cds" -> cds = true;
                case "--compare" -> baseline = Path.of(args[++i]).toAbsolutePath();
                case "--only" -> only = Arrays.asList(args[++i].split(","));
                default -> throw new IllegalArgumentException("Usage: local/bench-coldstart [--runs N] [--only Health,Admin] "
                        + "[--jar path] [--java-tool-options '<flags>' (default: template.yaml's)] [--cds] "
                        + "[--compare <jar before the cuts>]");
            }
        }
        List<Variant> variants = baseline == null
                ? List.of(new Variant("measured", jar, flags, cds))
                : List.of(new Variant("before", baseline, "", false),
                        new Variant("C1-flags", baseline, flags, false),
                        new Variant("after", jar, flags, false),
                        new Variant("after+CDS", jar, flags, true));
        return new Options(runs, events, variants, only);
    }

    /** The JVM flags template.yaml gives every function (Globals, JAVA_TOOL_OPTIONS). */
    @SuppressWarnings("unchecked")
    static String templateJavaToolOptions(Path template) throws IOException {
        try (Reader reader = Files.newBufferedReader(template)) {
            Map<String, Object> root = new Yaml(new ApiRoutes.CloudFormationConstructor()).load(reader);
            Map<String, Object> function = (Map<String, Object>) ((Map<String, Object>) root.get("Globals")).get("Function");
            Map<String, Object> env = (Map<String, Object>) ((Map<String, Object>) function.get("Environment")).get("Variables");
            return String.valueOf(env.getOrDefault("JAVA_TOOL_OPTIONS", ""));
        }
    }

    private static List<Target> targets(Path template, Options options) throws IOException {
        Map<String, String> handlers = new LinkedHashMap<>();
        ApiRoutes.fromTemplate(template).routes().forEach(r -> handlers.putIfAbsent(r.functionName(), r.handlerClass()));
        List<Target> targets = new ArrayList<>();
        targets.add(new Target(HELLO, "nl.intervisie.local.bench.HelloWorld", null));
        handlers.keySet().stream().sorted().forEach(function -> {
            String name = function.replaceFirst("Function$", "");
            Path event = options.events().resolve(name + ".json");
            if (Files.isRegularFile(event) && (options.only().isEmpty() || options.only().contains(name))) {
                targets.add(new Target(name, handlers.get(function), event));
            }
        });
        if (targets.size() == 1) {
            throw new IllegalStateException("No event files in " + options.events());
        }
        return targets;
    }

    /** The table as deployed, with the group catalogue and the demo data in it (see {@link #seedTable}). */
    private static void seed(LocalDynamo dynamo) {
        System.setProperty("TABLE_NAME", "bench");
        System.setProperty("DYNAMODB_ENDPOINT", dynamo.endpoint());
        System.setProperty("AWS_REGION", "eu-central-1");
        System.setProperty("aws.accessKeyId", "local");
        System.setProperty("aws.secretAccessKey", "local");
        TableSetup.create(Dynamo.client(), "bench");
        seedTable(Dynamo.client(), "bench");
    }

    /**
     * What the benchmark events need to do real work: the group catalogue, and the local server's demo data (40
     * waiting applicants for a proposal, seven members of utrecht-1 for the recorded meeting). LambdaJarTest
     * seeds the same, so every event must succeed from the shaded jar.
     */
    static void seedTable(software.amazon.awssdk.services.dynamodb.DynamoDbClient client, String table) {
        var groups = new DynamoGroupStore(client, table);
        GroupCatalogue.load().forEach(groups::upsertFromCatalogue);
        DemoData.seed(client, table);
    }

    /** AppCDS: one training run per function dumps the classes it loaded; measured runs map that archive. */
    private static Map<String, List<String>> trainArchives(Path root, List<Target> targets, LocalDynamo dynamo,
                                                           Variant variant) throws Exception {
        Path dir = root.resolve("local/target/bench-cds/" + variant.name());
        Files.createDirectories(dir);
        Map<String, List<String>> flags = new LinkedHashMap<>();
        for (Target t : targets) {
            Path archive = dir.resolve(t.name() + ".jsa");
            Files.deleteIfExists(archive);
            run(root, t, dynamo, variant, List.of("-XX:ArchiveClassesAtExit=" + archive), -1);
            if (!Files.isRegularFile(archive)) {
                throw new IllegalStateException("No CDS archive written for " + t.name());
            }
            flags.put(t.name(), List.of("-XX:SharedArchiveFile=" + archive));
        }
        return flags;
    }

    /** What Lambda's environment gives a function (template.yaml Globals), pointed at DynamoDB Local. */
    static void lambdaEnvironment(Map<String, String> env, String table, String dynamoEndpoint) {
        env.keySet().removeIf(k -> k.startsWith("AWS_") || k.equals("JAVA_TOOL_OPTIONS") || k.equals("JDK_JAVA_OPTIONS"));
        env.put("TABLE_NAME", table);
        env.put("DYNAMODB_ENDPOINT", dynamoEndpoint);
        env.put("AWS_REGION", "eu-central-1");
        env.put("AWS_ACCESS_KEY_ID", "local");
        env.put("AWS_SECRET_ACCESS_KEY", "local");
        env.put("MAIL_FROM", "noreply@example.org");
        env.put("COORDINATOR_MAIL", "coordinator@example.org");
        env.put("MAIL_OUTBOX", "memory");
        env.put("LINK_KEY", "cold-start-benchmark-link-key-of-32-characters"); // deployed: LINK_KEY_SECRET
    }

    private static Sample run(Path root, Target t, LocalDynamo dynamo, Variant variant, List<String> extraFlags, int run)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(extraFlags);
        command.add("-cp");
        command.add(variant.jar() + java.io.File.pathSeparator + root.resolve("local/target/local.jar"));
        command.add(t.name().equals(HELLO) ? t.handlerClass() : "nl.intervisie.local.bench.LambdaRunner");
        if (!t.name().equals(HELLO)) {
            command.add(t.handlerClass());
            command.add(t.event().toString());
            command.add(Long.toString(System.nanoTime()) + run);
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = builder.environment();
        lambdaEnvironment(env, "bench", dynamo.endpoint());
        if (!variant.javaToolOptions().isBlank()) {
            env.put("JAVA_TOOL_OPTIONS", variant.javaToolOptions());
        }
        long start = System.nanoTime();
        Process process = builder.start();
        String line;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            // Handlers log to stdout too (as in Lambda): the response is the line the runner prints.
            Matcher m = null;
            while ((line = out.readLine()) != null && !(m = RESPONSE.matcher(line)).find()) {
                m = null;
            }
            double total = (System.nanoTime() - start) / 1e6;
            process.waitFor(30, TimeUnit.SECONDS);
            if (m == null) {
                throw new IllegalStateException(t.name() + ": no response (" + line + "); rerun the runner by hand: "
                        + String.join(" ", command));
            }
            return new Sample(Integer.parseInt(m.group(1)), total, Long.parseLong(m.group(3)), Long.parseLong(m.group(4)));
        } finally {
            process.destroyForcibly();
        }
    }

    private static void print(String title, List<Target> targets, Map<String, List<Sample>> samples) {
        System.out.println();
        System.out.println(title);
        System.out.printf("%-12s %-44s %6s %6s %6s %6s %6s  %s%n",
                "function", "handler", "median", "min", "max", "init", "invoke", "status");
        for (Target t : targets) {
            List<Sample> s = samples.get(t.name());
            double[] totals = s.stream().mapToDouble(Sample::totalMs).sorted().toArray();
            String statuses = s.stream().map(x -> Integer.toString(x.status())).distinct().reduce((a, b) -> a + "," + b).orElse("");
            System.out.printf("%-12s %-44s %6.0f %6.0f %6.0f %6d %6d  %s%n", t.name(),
                    t.name().equals(HELLO) ? "(JVM floor)" : t.handlerClass(),
                    median(totals), totals[0], totals[totals.length - 1],
                    (long) median(s.stream().mapToDouble(Sample::initMs).sorted().toArray()),
                    (long) median(s.stream().mapToDouble(Sample::invokeMs).sorted().toArray()), statuses);
        }
        System.out.println("ms, process start to first response; init = handler class loaded and constructed, "
                + "invoke = first event handled (medians).");
    }

    private static void summary(List<Target> targets, List<Variant> variants, Map<String, Map<String, List<Sample>>> samples) {
        System.out.println();
        System.out.println("Median ms, process start to first response (min in brackets):");
        StringBuilder header = new StringBuilder(String.format("| %-11s |", "function"));
        variants.forEach(v -> header.append(String.format(" %-14s |", v.name())));
        System.out.println(header);
        System.out.println("|" + "---|".repeat(variants.size() + 1));
        for (Target t : targets) {
            StringBuilder row = new StringBuilder(String.format("| %-11s |", t.name()));
            for (Variant v : variants) {
                double[] totals = samples.get(v.name()).get(t.name()).stream().mapToDouble(Sample::totalMs).sorted().toArray();
                row.append(String.format(" %-14s |", String.format("%.0f (%.0f)", median(totals), totals[0])));
            }
            System.out.println(row);
        }
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
