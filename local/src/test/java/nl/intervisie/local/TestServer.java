package nl.intervisie.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

/**
 * The local server as a user starts it, on a free port, once per test JVM (the handlers' DynamoDB client is
 * built once per process, as in Lambda, so one server serves all tests of the module).
 */
public final class TestServer {
    /** The project's top folder (tests run in local/). */
    public static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static LocalServer server;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private TestServer() {
    }

    public static synchronized LocalServer get() {
        if (server == null) {
            try {
                server = LocalServer.start(new LocalServer.Options(0, ROOT.resolve("site/target/site"),
                        ROOT.resolve("template.yaml")));
            } catch (Exception e) {
                throw new IllegalStateException("local server did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }

    public static String url(String path) {
        return "http://localhost:" + get().port() + path;
    }

    public static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public static HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET());
    }

    /** A request to an admin route with the printed coordinator token. */
    public static HttpRequest.Builder asAdmin(String path) {
        return HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + get().adminToken());
    }
}
