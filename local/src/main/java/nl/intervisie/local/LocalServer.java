package nl.intervisie.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpServer;
import nl.intervisie.groups.DynamoGroupStore;
import nl.intervisie.groups.GroupCatalogue;
import nl.intervisie.store.Dynamo;
import nl.intervisie.store.TableSetup;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Runs everything on this machine: DynamoDB Local in memory, the built site, and /api/* routed to the same
 * handler classes Lambda runs. Started by `local/run` (see README).
 */
public final class LocalServer implements AutoCloseable {
    static final String TABLE = "intervisie-local";
    /** The claims the Cognito JWT authorizer passes for a coordinator; the local token stands for them. */
    static final Map<String, String> LOCAL_CLAIMS = Map.of(
            "sub", "local-coordinator",
            "username", "local-coordinator",
            "cognito:groups", "[coordinators]",
            "token_use", "access");
    /** The claims for the demo facilitator, who leads the groups {@link DemoData#FACILITATED} (the second token). */
    static final Map<String, String> FACILITATOR_CLAIMS = Map.of(
            "sub", "local-facilitator",
            "username", DemoData.FACILITATOR_USERNAME,
            "cognito:groups", "[facilitators]",
            "token_use", "access");

    /** The handlers read their settings from process-wide properties: one server at a time sets them. */
    private static final Object SETTINGS = new Object();

    private final LocalDynamo ownDynamo; // null when the DynamoDB Local was given (and outlives this server)
    private final HttpServer http;
    private final ApiGateway api;
    private final String adminToken;
    private final String facilitatorToken;
    private final String table;
    private final DevRemind remind;

    private LocalServer(LocalDynamo ownDynamo, HttpServer http, ApiGateway api, String adminToken,
                        String facilitatorToken, String table, DevRemind remind) {
        this.ownDynamo = ownDynamo;
        this.http = http;
        this.api = api;
        this.adminToken = adminToken;
        this.facilitatorToken = facilitatorToken;
        this.table = table;
        this.remind = remind;
    }

    /** Options: the port (0 = any free one), the built site, and template.yaml. */
    public record Options(int port, Path site, Path template) {
    }

    /** What `local/run` starts: its own DynamoDB Local in memory, with the table {@value #TABLE}. */
    public static LocalServer start(Options options) throws Exception {
        return start(options, null, TABLE);
    }

    /**
     * A server on a DynamoDB Local that already runs ({@code dynamo}; null: start one and stop it on close), with
     * its own table, seeded as `local/run` seeds it. The handlers are built here and read TABLE_NAME once, in their
     * constructors (as a Lambda container does at init), so every server's handlers keep to their own table. The
     * handlers' DynamoDB client is built once per process, so all servers of a process share one DynamoDB Local.
     */
    static LocalServer start(Options options, LocalDynamo dynamo, String table) throws Exception {
        if (!Files.isRegularFile(options.site().resolve("index.html"))) {
            throw new StartupException("The built site is missing at " + options.site()
                    + ": build it first (local/run does).");
        }
        ApiRoutes routes = ApiRoutes.fromTemplate(options.template());
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress("127.0.0.1", options.port()), 64);
        } catch (BindException e) {
            throw new StartupException("Port " + options.port() + " is already in use. Stop the program that uses it, "
                    + "or start on another port: local/run --port 8081");
        }
        LocalDynamo own = dynamo == null ? LocalDynamo.start() : null;
        try {
            String token = newToken();
            String facilitatorToken = newToken();
            DevRemind remind;
            ApiGateway api = new ApiGateway(routes, Map.of(token, LOCAL_CLAIMS, facilitatorToken, FACILITATOR_CLAIMS));
            synchronized (SETTINGS) {
                useSettings(own != null ? own : dynamo, table, http.getAddress().getPort());
                TableSetup.create(Dynamo.client(), table);
                var groups = new DynamoGroupStore(Dynamo.client(), table);
                GroupCatalogue.load().forEach(groups::create); // the first import: the demo groups
                DemoData.seed(Dynamo.client(), table); // fictional applicants to try matching with
                api.loadHandlers();
                remind = new DevRemind(table);
            }
            http.createContext("/api/", api);
            http.createContext("/dev/outbox", new DevOutbox());
            http.createContext("/dev/remind", remind);
            http.createContext("/", new StaticSite(options.site()));
            http.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            http.start();
            return new LocalServer(own, http, api, token, facilitatorToken, table, remind);
        } catch (Exception | Error e) {
            http.stop(0);
            if (own != null) {
                own.close();
            }
            throw e;
        }
    }

    /** The handlers read these exactly as they read Lambda's environment variables. */
    private static void useSettings(LocalDynamo dynamo, String table, int port) {
        String endpoint = System.getProperty("DYNAMODB_ENDPOINT");
        if (endpoint != null && !endpoint.equals(dynamo.endpoint())) {
            // Dynamo.client() is built once per process and keeps the first endpoint.
            throw new IllegalStateException("This process already uses DynamoDB Local at " + endpoint
                    + ": start further servers on that one");
        }
        System.setProperty("TABLE_NAME", table);
        System.setProperty("DYNAMODB_ENDPOINT", dynamo.endpoint());
        System.setProperty("AWS_REGION", "eu-central-1");
        System.setProperty("aws.accessKeyId", "local");
        System.setProperty("aws.secretAccessKey", "local");
        System.setProperty("MAIL_OUTBOX", "memory"); // mail goes to the outbox shown at /dev/outbox
        // The links in mails: signed with a key made at the first start in this process (links.LinkKey reads it
        // once; a restart revokes every link, as a rotation does when deployed), pointing at this server; replies
        // to mails go to a local contact address.
        if (System.getProperty("LINK_KEY") == null) {
            System.setProperty("LINK_KEY", newToken() + newToken());
        }
        System.setProperty("SITE_URL", "http://localhost:" + port);
        if (System.getProperty("CONTACT_MAIL") == null && System.getenv("CONTACT_MAIL") == null) {
            System.setProperty("CONTACT_MAIL", "contact@intervisie.example");
        }
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public String url() {
        return "http://localhost:" + port() + "/";
    }

    public String adminToken() {
        return adminToken;
    }

    /** The demo facilitator's token: the claims of {@link #FACILITATOR_CLAIMS}. */
    public String facilitatorToken() {
        return facilitatorToken;
    }

    /** The DynamoDB table this server's handlers use. */
    public String table() {
        return table;
    }

    /** The handler instance this server runs for a class named in template.yaml (built at start). */
    RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler(String handlerClass) {
        return api.loaded(handlerClass);
    }

    @Override
    public void close() {
        http.stop(0);
        if (ownDynamo != null) {
            ownDynamo.close();
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        int port = 8080;
        Path site = Path.of("site/target/site");
        Path template = Path.of("template.yaml");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--site" -> site = Path.of(args[++i]);
                case "--template" -> template = Path.of(args[++i]);
                default -> {
                    System.err.println("Unknown option " + args[i] + ". Options: --port N, --site DIR, --template FILE");
                    System.exit(2);
                }
            }
        }
        LocalServer server;
        try {
            server = start(new Options(port, site, template));
        } catch (StartupException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        } catch (Exception e) {
            System.err.println("The local server could not start: " + e);
            System.exit(1);
            return;
        }
        server.remind.daily(); // as the deployed schedule: every day at 07:00 Amsterdam time
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            System.out.println("Stopped.");
        }));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("""

                Intervisie runs locally (started in %d ms).
                  Site:        %s
                  API:         %sapi/health
                  Outbox:      %sdev/outbox  (e-mail the server would have sent)
                  Reminders:   daily at 07:00 Amsterdam time; now: local/remind [--at 2027-03-01T07:00]
                  Admin token: %s
                  (send it as "Authorization: Bearer <token>" to /api/admin/…)
                  Facilitator token: %s
                  (the demo facilitator "%s", who leads the group(s) %s: %sbegeleider/)
                Press Ctrl-C to stop.
                %n""", millis, server.url(), server.url(), server.url(), server.adminToken(), server.facilitatorToken(),
                DemoData.FACILITATOR_USERNAME, String.join(", ", DemoData.FACILITATED), server.url());
    }

    /** A start-up problem the user can fix: printed as one sentence, no stack trace. */
    static final class StartupException extends IOException {
        StartupException(String message) {
            super(message);
        }
    }
}
