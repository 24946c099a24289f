package nl.intervisie.local;

import com.fasterxml.jackson.jr.ob.JSON;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import nl.intervisie.mail.Mailers;
import nl.intervisie.network.Calendar;
import nl.intervisie.reminders.ReminderHandler;
import nl.intervisie.store.Dynamo;
import nl.intervisie.wiring.Wiring;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * POST /dev/remind[?at=2027-03-01T07:00]: runs the reminder function (the same ReminderHandler EventBridge Scheduler
 * invokes when deployed) once, now or as if the clock said {@code at} (Europe/Amsterdam time), and answers its
 * counts; the mails go to /dev/outbox. `local/remind` calls it; `local/run` also runs it daily at 07:00. Local only.
 */
final class DevRemind implements HttpHandler {
    private final RunClock clock = new RunClock();
    private final ReminderHandler handler;

    /** Built while the server's settings are in force (table, site address, link key), as a Lambda INIT would. */
    DevRemind(String table) {
        this.handler = new ReminderHandler(new Wiring(Dynamo.client(), table, clock, Mailers::standard).reminders());
    }

    /** One run as if it were {@code at} (null: now); one run at a time, so each has its own clock. */
    synchronized Map<String, Object> run(Instant at) {
        clock.at = at;
        try {
            return handler.handleRequest(Map.of("source", "local"), new LocalContext("ReminderFunction",
                    UUID.randomUUID().toString()));
        } finally {
            clock.at = null;
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            if (!"POST".equals(exchange.getRequestMethod()) || !exchange.getRequestURI().getPath().equals("/dev/remind")) {
                exchange.getResponseHeaders().set("Allow", "POST");
                LocalHttp.sendJson(exchange, 405, "{\"error\":\"POST /dev/remind[?at=2027-03-01T07:00]\"}");
                return;
            }
            Instant at;
            try {
                at = at(exchange.getRequestURI().getRawQuery());
            } catch (DateTimeParseException e) {
                LocalHttp.sendJson(exchange, 400, "{\"error\":\"at: a local date and time such as 2027-03-01T07:00\"}");
                return;
            }
            LocalHttp.sendJson(exchange, 200, JSON.std.asString(run(at)));
        }
    }

    /** ?at=2027-03-01T07:00 as Amsterdam time; null without it. */
    static Instant at(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("at=")) {
                String value = URLDecoder.decode(pair.substring(3), StandardCharsets.UTF_8);
                return LocalDateTime.parse(value).atZone(Calendar.ZONE).toInstant();
            }
        }
        return null;
    }

    /** The local stand-in for the EventBridge schedule: a run every day at 07:00 Amsterdam time. */
    ScheduledExecutorService daily() {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "reminders-daily");
            t.setDaemon(true);
            return t;
        });
        ZonedDateTime now = ZonedDateTime.now(Calendar.ZONE);
        ZonedDateTime next = now.toLocalDate().atTime(7, 0).atZone(Calendar.ZONE);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        timer.scheduleAtFixedRate(() -> {
            try {
                run(null);
            } catch (RuntimeException e) {
                System.err.println("Reminder run failed: " + e);
            }
        }, Duration.between(now, next).toMillis(), TimeUnit.DAYS.toMillis(1), TimeUnit.MILLISECONDS);
        return timer;
    }

    /** The system clock, or a fixed instant during a run with ?at=. */
    private static final class RunClock extends Clock {
        volatile Instant at;

        @Override
        public ZoneId getZone() {
            return Calendar.ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            Instant fixed = at;
            return fixed != null ? fixed : Instant.now();
        }
    }
}
