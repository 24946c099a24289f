package nl.intervisie.local;

import nl.intervisie.store.TableSetup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.File;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The deployable jar (functions/target/functions-lambda.jar, shaded and trimmed) holds everything each handler
 * needs: every function of template.yaml runs its benchmark event (local/bench/events/) in a fresh JVM with only
 * that jar and the runner on the class path — as Lambda runs it — against DynamoDB Local with the benchmark's data,
 * and succeeds (2xx): a sign-up stored, applicants listed, a proposal solved, a meeting recorded.
 */
class LambdaJarTest {
    private static final Path JAR = TestServer.ROOT.resolve("functions/target/functions-lambda.jar");
    private static final Pattern RESPONSE = Pattern.compile("RESPONSE (\\d+) ");
    private static LocalDynamo dynamo;

    @BeforeAll
    static void startDynamo() throws Exception {
        dynamo = TestServer.dynamo(); // this JVM's DynamoDB Local, with a table of its own
        try (DynamoDbClient client = DynamoDbClient.builder()
                .endpointOverride(URI.create(dynamo.endpoint()))
                .region(Region.EU_CENTRAL_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build()) {
            TableSetup.create(client, "jar-test");
            ColdStartBenchmark.seedTable(client, "jar-test"); // the data the benchmark events work on
            // A meeting of the demo group three days ahead: the reminder function's run mails its seven members.
            java.time.LocalDate date = nl.intervisie.network.Calendar.today(nl.intervisie.network.Calendar.system()).plusDays(3);
            new nl.intervisie.planning.DynamoPlanStore(client, "jar-test").create("utrecht-1", List.of(
                    new nl.intervisie.planning.PlannedMeeting("utrecht-1", "jar-test", date, java.time.LocalTime.of(13, 30),
                            java.time.LocalTime.of(16, 30), "", "", false, 1, java.time.Instant.now())));
        }
    }

    @Test
    void everyFunctionAnswersItsEventFromTheShadedJarAlone() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "build the Lambda jar first (mvn verify builds it): " + JAR);
        Map<String, String> handlers = new LinkedHashMap<>();
        ApiRoutes.fromTemplate(TestServer.ROOT.resolve("template.yaml")).routes()
                .forEach(r -> handlers.putIfAbsent(r.functionName(), r.handlerClass()));
        handlers.put("ReminderFunction", "nl.intervisie.reminders.ReminderHandler"); // scheduled: no route
        assertEquals(8, handlers.size(), "functions in template.yaml: " + handlers.keySet());
        List<String> failures = new ArrayList<>();
        for (var entry : handlers.entrySet()) {
            String name = entry.getKey().replaceFirst("Function$", "");
            Path event = TestServer.ROOT.resolve("local/bench/events/" + name + ".json");
            assertTrue(Files.isRegularFile(event), "a benchmark event for " + entry.getKey() + ": " + event);
            String output = run(entry.getValue(), event);
            int status = Integer.parseInt(RESPONSE.matcher(output).results().findFirst().orElseThrow().group(1));
            if (status < 200 || status > 299) {
                failures.add(name + " answered " + status);
            }
            if (name.equals("Reminder") && !output.contains("\"sent\":7")) {
                failures.add("Reminder did not mail the seven members (templates in the jar?): " + output);
            }
        }
        assertEquals(List.of(), failures);
    }

    private static String run(String handlerClass, Path event) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path runnerClasses = TestServer.ROOT.resolve("local/target/classes");
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", JAR + File.pathSeparator + runnerClasses,
                "nl.intervisie.local.bench.LambdaRunner", handlerClass, event.toString(), "jar-test")
                .redirectErrorStream(true);
        ColdStartBenchmark.lambdaEnvironment(builder.environment(), "jar-test", dynamo.endpoint());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(handlerClass + " did not finish");
        }
        Matcher m = RESPONSE.matcher(output);
        if (!m.find()) {
            fail(handlerClass + " gave no response from the shaded jar:\n" + output);
        }
        return output;
    }
}
