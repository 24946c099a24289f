package nl.intervisie.local;

import nl.intervisie.applicants.ApplicantBuilder;
import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.applicants.DynamoApplicantStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input to every API route through the local server over real HTTP (raw sockets, so the requests can be as
 * broken as an attacker's): malformed bodies, headers, paths, encodings and sizes, with and without the admin
 * token. A fixed seed makes every run send the same requests. Prints the figures; no answer may be a 5xx, and every
 * request that is well-formed HTTP must get an answer.
 * Seed and count: -Dfuzz.seed=… -Dfuzz.requests=….
 */
class FuzzTest {
    @RegisterExtension
    static final TestServer server = new TestServer();

    static final long SEED = Long.getLong("fuzz.seed", 20261123L);
    static final int REQUESTS = Integer.getInteger("fuzz.requests", 10_000);
    private static final int THREADS = 4;

    /** One request to send: its bytes, whether it is valid HTTP framing, and a label for the report. */
    record Probe(String label, String route, byte[] bytes, boolean wellFramed) {
    }

    private final Random random = new Random(SEED);
    private final List<String> groupIds = new ArrayList<>();
    private final List<String> applicantIds = new ArrayList<>();
    private String token;
    private int port;

    @Test
    void noRouteAnswersMalformedInputWithA5xx() throws Exception {
                token = server.adminToken();
        port = server.port();
        seed();
        List<String> templatePaths = templatePaths();
        assertTrue(templatePaths.size() >= 5, "routes from template.yaml: " + templatePaths);

        List<Probe> probes = new ArrayList<>();
        // The few huge requests are fixed; the rest are drawn from the seed.
        probes.add(sized("POST", "/api/signup", 11 * 1024 * 1024, "application/json", false));
        probes.add(sized("PUT", "/api/admin/groups/" + groupIds.get(0) + "/meetings/2026-01-05", 11 * 1024 * 1024,
                "application/json", true));
        while (probes.size() < REQUESTS) {
            probes.add(probe(templatePaths));
        }

        long started = System.nanoTime();
        Map<Integer, AtomicInteger> statuses = new TreeMap<>();
        Map<String, AtomicInteger> perRoute = new ConcurrentHashMap<>();
        List<String> serverErrors = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> unanswered = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger framingDropped = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> futures = new ArrayList<>();
        for (Probe probe : probes) {
            futures.add(pool.submit(() -> {
                int status = send(probe.bytes());
                synchronized (statuses) {
                    statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
                }
                perRoute.computeIfAbsent(probe.route(), k -> new AtomicInteger()).incrementAndGet();
                if (status >= 500) {
                    serverErrors.add(status + " ← " + probe.label() + " " + preview(probe.bytes()));
                } else if (status < 0) {
                    if (probe.wellFramed()) {
                        unanswered.add(probe.label() + " " + preview(probe.bytes()));
                    } else {
                        framingDropped.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        long millis = (System.nanoTime() - started) / 1_000_000;

        int fiveHundreds = serverErrors.size();
        System.out.printf("%nFUZZ seed=%d requests=%d in %d ms (%d threads): 5xx=%d, unanswered well-formed=%d, "
                        + "dropped malformed-framing connections=%d%nFUZZ status counts: %s%nFUZZ requests per route: %s%n",
                SEED, probes.size(), millis, THREADS, fiveHundreds, unanswered.size(), framingDropped.get(),
                statuses, new TreeMap<>(perRoute));
        serverErrors.stream().limit(10).forEach(e -> System.out.println("FUZZ 5xx: " + e));
        unanswered.stream().limit(10).forEach(e -> System.out.println("FUZZ no answer: " + e));

        assertTrue(probes.size() >= 10_000 || REQUESTS < 10_000, "at least 10,000 requests");
        for (String route : templatePaths) {
            assertTrue(perRoute.keySet().stream().anyMatch(r -> r.equals(route)), "route fuzzed: " + route);
        }
        assertEquals(0, fiveHundreds, "5xx answers: " + serverErrors.stream().limit(5).toList());
        assertEquals(0, unanswered.size(), "well-formed requests without an answer: " + unanswered.stream().limit(5).toList());
    }

    // ---------------------------------------------------------------- targets

    private void seed() {
        var store = new DynamoApplicantStore(server.client(), server.table());
        Instant now = Instant.now();
        for (int i = 0; i < 6; i++) {
            String id = "fuzz-" + SEED + "-" + i;
            ApplicantStatus status = ApplicantStatus.values()[i % 3];
            store.create(ApplicantBuilder.applicant(id).reference("IV-FZ" + i).name("Fuzz " + i).organisation("Org " + i)
                    .role("vp").status(status).createdAt(now).build(),
                    now.plus(30, ChronoUnit.DAYS));
            applicantIds.add(id);
        }
        server.client().query(b -> b.tableName(server.table()).indexName("gsi1")
                        .keyConditionExpression("gsi1pk = :p")
                        .expressionAttributeValues(Map.of(":p", nl.intervisie.store.Items.s("GROUPS"))))
                .items().forEach(item -> groupIds.add(item.get("id").s()));
    }

    /** Every route of template.yaml as a route key for the report, e.g. "/api/admin/{proxy+}". */
    static List<String> templatePaths() throws IOException {
        return ApiRoutes.fromTemplate(TestServer.ROOT.resolve("template.yaml")).routes().stream()
                .map(ApiRoutes.Route::path).distinct().toList();
    }

    /** Tails for the greedy admin routes: what the features serve, plus junk. */
    private String adminTail() {
        String id = pick(applicantIds);
        String gid = pick(groupIds);
        return pick(List.of("whoami", "applicants", "applicants?status=" + segment(), "applicants/" + id,
                "applicants/" + segment(), "applicants/" + id + "/clear", "applicants/" + segment() + "/clear",
                "applicants/" + id + "/export", "applicants/" + segment() + "/export", "audit", "audit?month=" + segment(),
                "audit?month=2026-11", "groups", "groups/sync", "groups/" + gid + "/members", "groups/" + segment() + "/members",
                "groups/" + gid + "/members?date=" + segment(), "methods", segment(), segment() + "/" + segment(),
                "applicants/" + id + "/" + segment()));
    }

    private String matchingTail() {
        return pick(List.of("proposals", "proposals/" + segment(), "proposals/" + segment() + "/apply",
                "proposals?limit=" + segment(), segment(), "proposals/latest"));
    }

    private String attendanceTail() {
        return pick(List.of("reports/2026", "reports/2026?format=csv", "reports/" + segment(),
                "reports/" + segment() + "?format=" + segment(), "statements/" + pick(applicantIds) + "?year=" + pick(List.of("2026", "2025", segment())),
                "statements/" + pick(applicantIds) + "?from=" + segment() + "&to=" + segment(),
                "statements/" + segment() + "/" + segment(), segment()));
    }

    /** A concrete request target for a template route. */
    private String target(String route) {
        String path = switch (route) {
            case "/api/admin/{proxy+}" -> "/api/admin/" + adminTail();
            case "/api/admin/matching/{proxy+}" -> "/api/admin/matching/" + matchingTail();
            case "/api/admin/attendance/{proxy+}" -> "/api/admin/attendance/" + attendanceTail();
            default -> route
                    .replace("{groupId}", random.nextInt(4) == 0 ? segment() : pick(groupIds))
                    .replace("{date}", random.nextInt(3) == 0 ? segment() : pick(List.of("2026-01-05", "2025-12-31",
                            "2026-02-29", "2099-01-01", "1900-01-01")))
                    .replaceAll("\\{[^}]+}", segment());
        };
        if (random.nextInt(5) == 0) {
            path += (path.contains("?") ? "&" : "?") + query();
        }
        if (random.nextInt(12) == 0) {
            path = pick(List.of(path + "/", path.replace("/api/", "/api//"), path + "/..", path + "%2F..%2F",
                    path.replaceFirst("/api/", "/api/%2e%2e/"), path + ";jsessionid=1", path + "#frag"));
        }
        return path;
    }

    /** A path segment or query value: plausible, hostile, or badly encoded. */
    private String segment() {
        return pick(List.of("x", "1", "-1", "0", "2026", "2026-13", "9999999999999999999999", "null", "undefined",
                "%", "%zz", "%00", "%2e%2e", "..", "%c0%ae", "%C3%A9", "%F0%9F%98%80", "%ff%fe", "%ED%A0%80",
                "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "'%20OR%201=1--", "%24%7Bjndi:ldap://x%7D", "a".repeat(2000),
                "b".repeat(70), "+", "%2B", "%2F", "a;b", "NEEDS_REVIEW", "waiting", "PLACED", "csv", "json",
                "APPLICANT%23x", "GROUP%23g1", "%0d%0aSet-Cookie:%20x=1", "%E2%80%AE", "~", "%7E", "_", "0x1F"));
    }

    private String query() {
        return pick(List.of("lang=en", "lang=%ff", "lang=" + "e".repeat(500), "status=" + segment(), "month=" + segment(),
                "format=" + segment(), "year=" + segment(), "date=" + segment(), "a=1&a=2&a=3", "=", "&&&", "%=%",
                "x", "q=" + "%41".repeat(1000), "ref=" + segment(), "ref=IV-7K3M9Q&review=1"));
    }

    // ---------------------------------------------------------------- probes

    private Probe probe(List<String> routes) {
        String route = pick(routes);
        String target = target(route);
        boolean admin = route.startsWith("/api/admin/");
        int auth = random.nextInt(20);
        String authorization = auth < 11 ? "Bearer " + token
                : auth < 13 ? pick(List.of("Bearer " + token + "x", "Bearer", "Basic " + token, token,
                "Bearer " + token + " " + token, "bearer " + token, "Bearer  " + token))
                : null;
        String method = method(route);
        int kind = random.nextInt(100);
        String label;
        String contentType;
        byte[] body;
        Map<String, String> headers = new TreeMap<>();
        if (kind < 35) {
            label = "json";
            contentType = pick(List.of("application/json", "application/json; charset=utf-8", "application/json; charset=utf-16",
                    "APPLICATION/JSON", "application/vnd.api+json"));
            body = json(route).getBytes(StandardCharsets.UTF_8);
        } else if (kind < 50) {
            label = "form";
            contentType = pick(List.of("application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=iso-8859-1"));
            body = form().getBytes(StandardCharsets.ISO_8859_1);
        } else if (kind < 62) {
            label = "path";
            contentType = null;
            body = new byte[0];
        } else if (kind < 74) {
            label = "headers";
            contentType = pick(List.of("", "text/plain", "multipart/form-data", "multipart/form-data; boundary=",
                    "application/octet-stream", "*/*", ";;;", "application/json; charset=\u00ff".replace('\u00ff', 'x'),
                    "text/html; charset=klingon", "a".repeat(4000)));
            body = random.nextBoolean() ? json(route).getBytes(StandardCharsets.UTF_8) : new byte[0];
            headers.put("Accept-Language", pick(List.of("en", "nl", "*", "", "en-GB;q=abc", "x".repeat(3000), "zz, en;q=0.1")));
            if (random.nextBoolean()) {
                headers.put("Content-Encoding", pick(List.of("gzip", "br", "identity", "deflate, gzip")));
            }
            if (random.nextBoolean()) {
                headers.put("X-Forwarded-For", pick(List.of("1.2.3.4", "::1", "garbage", "1.1.1.1, 2.2.2.2")));
            }
            if (random.nextInt(4) == 0) {
                headers.put("Cookie", pick(List.of("a=b", ";;", "=x", "x".repeat(4000))));
            }
            if (random.nextInt(4) == 0) {
                headers.put("X-Big-" + random.nextInt(1000), "v".repeat(random.nextInt(8000)));
            }
            if (random.nextInt(5) == 0) {
                headers.put("Origin", pick(List.of("https://evil.example", "null", "http://localhost")));
            }
        } else if (kind < 86) {
            label = "encoding";
            contentType = pick(List.of("application/json", "application/x-www-form-urlencoded", "text/plain",
                    "application/octet-stream"));
            body = encoded(route);
        } else if (kind < 93) {
            label = "size";
            contentType = pick(List.of("application/json", "application/x-www-form-urlencoded"));
            int size = pick(List.of(32 * 1024 + 1, 33 * 1024, 64 * 1024, 200 * 1024, 1024 * 1024));
            body = big(size, contentType);
        } else {
            return framing(route, target, authorization);
        }
        return new Probe(method + " " + label + (authorization == null ? "" : "+auth"), route,
                request(method, target, authorization, contentType, headers, body, random.nextInt(10) == 0), true);
    }

    private String method(String route) {
        if (random.nextInt(10) == 0) {
            return pick(List.of("PATCH", "HEAD", "OPTIONS", "TRACE", "FOO", "get", "CONNECT-ISH"));
        }
        return switch (route) {
            case "/api/health" -> pick(List.of("GET", "GET", "POST", "DELETE"));
            case "/api/signup" -> pick(List.of("POST", "POST", "POST", "GET", "PUT"));
            case "/api/signup/confirmation" -> pick(List.of("GET", "GET", "POST"));
            case "/api/admin/groups/{groupId}/meetings/{date}" -> pick(List.of("PUT", "PUT", "GET", "DELETE", "POST"));
            default -> pick(List.of("GET", "GET", "POST", "POST", "PUT", "DELETE"));
        };
    }

    /** JSON that is broken, of the wrong shape, or the right shape with hostile values. */
    private String json(String route) {
        Object value = pick(List.of("\"\"", "null", "1", "-0", "1e999", "[]", "{}", "\"x\"", "true", "[{}]",
                "\"" + "\\u0000\\ud800\\udfff".repeat(3) + "\"", "\"<script>alert(1)</script>\"", "99999999999999999999999999",
                "1.5", "{\"$ne\":1}", "[" + "1,".repeat(200) + "1]", "\"" + "é".repeat(300) + "\""));
        int shape = random.nextInt(12);
        return switch (shape) {
            case 0 -> "";
            case 1 -> "{";
            case 2 -> "[".repeat(5000) + "]".repeat(5000);
            case 3 -> "{\"a\":".repeat(3000) + "1" + "}".repeat(3000);
            case 4 -> "{\"version\":" + value + "}";
            case 5 -> signupJson(value);
            case 6 -> meetingJson(value);
            case 7 -> "{\"a\":1,\"a\":2}";
            case 8 -> "\u0000\u0001\u0002";
            case 9 -> "{'single':'quotes'}";
            case 10 -> "{\"version\":1} trailing";
            default -> "{\"" + pick(List.of("name", "email", "status", "groupId", "attendance", "version", "__proto__"))
                    + "\":" + value + "}";
        };
    }

    private String signupJson(Object hostile) {
        List<String> fields = List.of("name", "email", "organisation", "role", "basicTraining", "appointed", "mode", "place",
                "region", "language", "availability", "avoid", "remarks", "consent", "lang", "website", "elapsed");
        StringBuilder b = new StringBuilder("{");
        String broken = pick(fields);
        for (String f : fields) {
            if (random.nextInt(8) == 0) {
                continue; // missing field
            }
            String v = switch (f) {
                case "basicTraining", "appointed", "consent" -> "true";
                case "elapsed" -> "15000";
                case "website" -> "\"\"";
                case "email" -> "\"fuzz" + random.nextInt(1_000_000) + "@example.org\"";
                case "mode" -> "\"either\"";
                case "region" -> "\"Midden\"";
                case "language", "lang" -> "\"nl\"";
                default -> "\"Fuzz tekst\"";
            };
            if (f.equals(broken)) {
                v = String.valueOf(hostile);
            }
            b.append('"').append(f).append("\":").append(v).append(',');
        }
        b.setLength(b.length() - 1);
        return b.append('}').toString();
    }

    private String meetingJson(Object hostile) {
        String attendee = random.nextBoolean() ? pick(applicantIds) : "x".repeat(random.nextInt(100));
        String[] parts = {"\"start\":\"13:30\"", "\"end\":\"16:30\"", "\"method\":\"incidentmethode\"",
                "\"facilitator\":\"Anne\"", "\"attendance\":[{\"applicantId\":\"" + attendee + "\",\"status\":\"present\"}]"};
        int broken = random.nextInt(parts.length + 1);
        if (broken < parts.length) {
            parts[broken] = parts[broken].substring(0, parts[broken].indexOf(':') + 1) + hostile;
        }
        return "{" + String.join(",", parts) + (random.nextInt(6) == 0 ? ",\"notes\":\"case content\"" : "") + "}";
    }

    private String form() {
        return pick(List.of("", "=", "&&", "a", "name=%", "name=%zz&email=%", "email=%ff%fe", "name=" + "%41".repeat(3000),
                "name=Jan&email=jan%40example.org&consent=on&basicTraining=on&appointed=on&mode=either&language=nl"
                        + "&organisation=X&role=Y&website=&lang=nl",
                "name=Jan&email=not-an-address&consent=off", "avoid=" + "a%0A".repeat(500), "lang=en&name=",
                "website=http://spam.example&name=Bot", "version=1", "a=1&a=2&a=3", "%00=%00", "+=+&++=++",
                "name=\u00e9\u00e8", "elapsed=abc&name=x", "elapsed=99999999999999999999"));
    }

    /** Bodies whose bytes or transfer encoding are wrong: invalid UTF-8, base64 text, UTF-16, NULs. */
    private byte[] encoded(String route) {
        return switch (random.nextInt(7)) {
            case 0 -> new byte[]{(byte) 0xC3, (byte) 0x28, '{', '}'};
            case 1 -> new byte[]{(byte) 0xFF, (byte) 0xFE, '{', 0, '}', 0};
            case 2 -> ("{\"name\":\"" + new String(new char[]{'\uD800'}) + "\"}").getBytes(StandardCharsets.UTF_8);
            case 3 -> Base64.getEncoder().encode(json(route).getBytes(StandardCharsets.UTF_8));
            case 4 -> json(route).getBytes(StandardCharsets.UTF_16);
            case 5 -> {
                byte[] bytes = new byte[random.nextInt(2000)];
                random.nextBytes(bytes);
                yield bytes;
            }
            default -> new byte[]{0, 0, 0, 0};
        };
    }

    private byte[] big(int size, String contentType) {
        byte[] body = new byte[size];
        byte fill = (byte) (contentType.contains("json") ? 'a' : '%');
        java.util.Arrays.fill(body, fill);
        if (contentType.contains("json")) {
            body[0] = '{';
            body[1] = '"';
            body[2] = 'n';
            body[3] = '"';
            body[4] = ':';
            body[5] = '"';
            body[size - 2] = '"';
            body[size - 1] = '}';
        }
        return body;
    }

    private Probe sized(String method, String target, int size, String contentType, boolean auth) {
        return new Probe(method + " size+" + size, target.startsWith("/api/signup") ? "/api/signup"
                : "/api/admin/groups/{groupId}/meetings/{date}",
                request(method, target, auth ? "Bearer " + token : null, contentType, Map.of(), big(size, contentType), false), true);
    }

    /** Broken HTTP itself: bad request lines, headers without colons, lying lengths, bad chunking. */
    private Probe framing(String route, String target, String authorization) {
        String host = "Host: 127.0.0.1:" + port + "\r\n";
        String auth = authorization == null ? "" : "Authorization: " + authorization + "\r\n";
        String text = switch (random.nextInt(9)) {
            case 0 -> "GET " + target + "\r\n\r\n";
            case 1 -> "GET " + target + " HTTP/1.1\r\n" + host + "Connection: close\r\nNoColonHere\r\n\r\n";
            case 2 -> "POST " + target + " HTTP/1.1\r\n" + host + auth + "Connection: close\r\nContent-Length: -5\r\n\r\n{}";
            case 3 -> "POST " + target + " HTTP/1.1\r\n" + host + auth + "Connection: close\r\nContent-Length: abc\r\n\r\n{}";
            case 4 -> "POST " + target + " HTTP/1.1\r\n" + host + auth
                    + "Connection: close\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n";
            case 5 -> "GET /api/health HTTP/9.9\r\n" + host + "Connection: close\r\n\r\n";
            case 6 -> "GET " + target.replace("%", " ") + " HTTP/1.1\r\n" + host + auth + "Connection: close\r\n\r\n";
            case 7 -> "\u0000\u0001 garbage\r\n\r\n";
            default -> "GET " + target + "<>{}|\\^` HTTP/1.1\r\n" + host + auth + "Connection: close\r\n\r\n";
        };
        return new Probe("framing", route, text.getBytes(StandardCharsets.ISO_8859_1), false);
    }

    private byte[] request(String method, String target, String authorization, String contentType,
                           Map<String, String> headers, byte[] body, boolean chunked) {
        StringBuilder head = new StringBuilder();
        head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        head.append("Host: 127.0.0.1:").append(port).append("\r\n");
        head.append("Connection: close\r\n");
        if (authorization != null) {
            head.append("Authorization: ").append(authorization).append("\r\n");
        }
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (chunked && body.length > 0) {
            head.append("Transfer-Encoding: chunked\r\n\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes((Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(body);
            out.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        } else {
            head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(body);
        }
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- transport

    /** The status code of the answer, or -1 when the server closed the connection without one. */
    private int send(byte[] request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            // Generous: a matching proposal for the 40 demo applicants solves for up to 10 s, and a loaded build
            // machine (load 20 on 2 cores seen) stretches that past 30 s. An answer that late still counts.
            socket.setSoTimeout(120_000);
            // Write on another thread and read at once: a server may answer (401, 404, 413) before it has read a
            // large body, then close; reading concurrently sees that answer before the connection is reset.
            Thread writer = Thread.ofVirtual().start(() -> {
                try {
                    socket.getOutputStream().write(request);
                    socket.getOutputStream().flush();
                } catch (IOException e) {
                    // the server stopped reading: its answer is what counts
                }
            });
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int c;
            while ((c = in.read()) >= 0 && c != '\n') {
                line.write(c);
            }
            String status = line.toString(StandardCharsets.ISO_8859_1);
            try {
                in.transferTo(OutputStreamSink.INSTANCE); // drain so the server never blocks on a full socket
            } catch (IOException e) {
                // a reset after the status line: the answer was given
            }
            writer.join();
            String[] parts = status.split(" ");
            return parts.length >= 2 && parts[0].startsWith("HTTP/") ? Integer.parseInt(parts[1]) : -1;
        } catch (IOException | NumberFormatException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String preview(byte[] bytes) {
        String text = new String(bytes, 0, Math.min(bytes.length, 300), StandardCharsets.ISO_8859_1);
        return text.replace("\r\n", " ⏎ ");
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** Discards what it is given. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
