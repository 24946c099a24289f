package nl.intervisie.local;

import nl.intervisie.mail.Outbox;
import nl.intervisie.store.Dynamo;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The local server as a user starts it (catalogue groups and demo applicants seeded), one per test class, with
 * its own DynamoDB table: a test class sees only its own data and the data it seeds itself, whatever ran before.
 * <pre>
 * class MyTest {
 *     &#64;RegisterExtension
 *     static final TestServer server = new TestServer();
 *
 *     &#64;Test
 *     void health() {
 *         assertEquals(200, server.get("/api/health").statusCode());
 *     }
 * }
 * </pre>
 * The servers share one DynamoDB Local per test JVM (started once, ≈ 2 s): the handlers' DynamoDB client is built
 * once per process, as in Lambda. Starting a server (a table, the seed, the handlers) takes well under a second.
 */
public final class TestServer implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
    /** The project's top folder (tests run in local/). */
    public static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final AtomicInteger TABLES = new AtomicInteger();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static LocalDynamo dynamo;

    private final Path site;
    private LocalServer server;
    private Instant started;

    /** A server for the built site (site/target/site). */
    public TestServer() {
        this(ROOT.resolve("site/target/site"));
    }

    /** A server for another copy of the site, e.g. one a test adds files to. */
    public TestServer(Path site) {
        this.site = site;
    }

    /** A fresh copy of the built site in a temporary folder (≈ 0.5 MB), for a test class that changes files in it. */
    public static Path copyOfSite() {
        Path from = ROOT.resolve("site/target/site");
        try {
            Path to = Files.createTempDirectory("site-copy");
            try (var paths = Files.walk(from)) {
                for (Path p : (Iterable<Path>) paths::iterator) {
                    Files.copy(p, to.resolve(from.relativize(p).toString()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy " + from, e);
        }
    }

    /** The DynamoDB Local of this test JVM, started on first use and stopped when the JVM ends. */
    static synchronized LocalDynamo dynamo() {
        if (dynamo == null) {
            try {
                dynamo = LocalDynamo.start();
            } catch (Exception e) {
                throw new IllegalStateException("DynamoDB Local did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(dynamo::close));
        }
        return dynamo;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        String table = "test-" + TABLES.incrementAndGet() + "-" + context.getRequiredTestClass().getSimpleName();
        started = Instant.now();
        server = LocalServer.start(new LocalServer.Options(0, site, ROOT.resolve("template.yaml")), dynamo(), table);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (server == null) {
            throw new IllegalStateException("Declare the TestServer field static: @RegisterExtension static final TestServer");
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
        client().deleteTable(b -> b.tableName(server.table()));
    }

    public String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    public int port() {
        return server.port();
    }

    /** The coordinator token the server printed. */
    public String adminToken() {
        return server.adminToken();
    }

    /** This class's table, to seed data or check what the handlers stored. */
    public String table() {
        return server.table();
    }

    /** The DynamoDB client the handlers use (pointed at this JVM's DynamoDB Local). */
    public DynamoDbClient client() {
        return Dynamo.client();
    }

    /** The server itself (its handlers, for tests that call them without HTTP). */
    LocalServer server() {
        return server;
    }

    /** Mail the handlers sent since this server started, newest first (test classes run one at a time). */
    public List<Outbox.Sent> outbox() {
        return Outbox.shared().messages().stream().filter(m -> !m.at().isBefore(started)).toList();
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET());
    }

    /** A request to an admin route with the printed coordinator token. */
    public HttpRequest.Builder asAdmin(String path) {
        return HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + server.adminToken());
    }
}
