package nl.intervisie.local;

import nl.intervisie.mail.Mail;
import nl.intervisie.mail.Outbox;
import nl.intervisie.network.Calendar;
import nl.intervisie.planning.DynamoPlanStore;
import nl.intervisie.planning.PlannedMeeting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reminders on the local server as `local/run` has them: a meeting planned for the demo group Utrecht 1, the
 * reminder run through /dev/remind (and the `local/remind` command) at 07:00 seven days before, every mail read in
 * the outbox, its self-service link opened; runs again send nothing.
 */
class RemindersLocalTest {
    @RegisterExtension
    static final TestServer server = new TestServer();

    private static final Pattern SELF = Pattern.compile("(/api/me/[A-Za-z0-9._-]+\\?lang=nl)");

    @Test
    void aRunSevenDaysBeforeMailsEveryMemberOnceAndTheCommandRunsItToo() throws Exception {
        LocalDate date = Calendar.today(Calendar.system()).plusDays(40);
        var meeting = new PlannedMeeting("utrecht-1", "local-reminder-test", date, LocalTime.of(13, 30), LocalTime.of(16, 30),
                "Stadskantoor, Utrecht", "", false, 1, Instant.now());
        assertTrue(new DynamoPlanStore(server.client(), server.table()).create("utrecht-1", List.of(meeting)));
        String at = date.minusDays(7) + "T07:00";

        HttpResponse<String> first = remind("?at=" + at);
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(first.body().contains("\"sent\":7"), "the seven demo members of Utrecht 1: " + first.body());

        List<Mail> reminders = server.outbox().stream().map(Outbox.Sent::mail)
                .filter(m -> m.subject().startsWith("Herinnering: intervisie Utrecht 1")).toList();
        assertEquals(7, reminders.size());
        assertEquals(7, reminders.stream().map(Mail::to).distinct().count(), "one each");
        assertTrue(server.outbox().stream().filter(s -> s.mail().subject().startsWith("Herinnering"))
                .allMatch(s -> s.replyTo().equals("contact@intervisie.example")), "Reply-To on every reminder");
        Mail mail = reminders.get(0);
        System.out.println("RemindersLocalTest: reminder mail to " + mail.to() + "\n" + mail.subject() + "\n\n" + mail.text());
        assertTrue(mail.text().contains("Tijd:         13:30–16:30\nPlaats:       Stadskantoor, Utrecht\nBegeleider:   Anne"),
                mail.text());
        assertTrue(mail.text().contains("Kun je niet komen? Meld je dan zo snel mogelijk af bij je begeleider Anne"), mail.text());
        assertTrue(mail.text().contains("Vragen? Beantwoord deze e-mail"), mail.text());
        Matcher link = SELF.matcher(mail.text());
        assertTrue(link.find(), mail.text());
        HttpResponse<String> page = server.get(link.group(1));
        assertEquals(200, page.statusCode());
        String name = mail.text().substring("Beste ".length(), mail.text().indexOf(",\n"));
        assertTrue(page.body().contains(name), "the link opens " + name + "'s own page");

        // The schedule firing again that day, through the command as a person would type it: nothing new.
        Process remind = new ProcessBuilder(TestServer.ROOT.resolve("local/remind").toString(), "--port",
                Integer.toString(server.port()), "--at", date.minusDays(7) + "T18:30").redirectErrorStream(true).start();
        String printed = new String(remind.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(remind.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, remind.exitValue(), printed);
        assertTrue(printed.contains("\"sent\":0") && printed.contains("\"already_sent\":7"), printed);

        // The day after, and the day of the meeting: nothing new either.
        assertTrue(remind("?at=" + date.minusDays(6) + "T07:00").body().contains("\"sent\":0"));
        assertTrue(remind("?at=" + date + "T07:00").body().contains("\"sent\":0"));
        assertEquals(7, server.outbox().stream().filter(s -> s.mail().subject().startsWith("Herinnering")).count());
    }

    @Test
    void badRequestsAreRefusedPlainly() {
        assertEquals(400, remind("?at=tomorrow").statusCode());
        HttpResponse<String> get = server.get("/dev/remind");
        assertEquals(405, get.statusCode());
        assertTrue(get.body().contains("POST /dev/remind"), get.body());
    }

    private static HttpResponse<String> remind(String query) {
        return server.send(HttpRequest.newBuilder(URI.create(server.url("/dev/remind" + query)))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }
}
