package nl.intervisie.local;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import nl.intervisie.applicants.ApplicantBuilder;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.applicants.DynamoApplicantStore;
import nl.intervisie.attendance.AttendanceItems;
import nl.intervisie.attendance.AttendanceStatus;
import nl.intervisie.attendance.Attendee;
import nl.intervisie.attendance.Meeting;
import nl.intervisie.mail.Outbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The applicant page (/beheer/aanmelding.html?id=…) in headless Chromium against the local server, driven with the
 * keyboard (Enter on buttons, typing in fields) as a coordinator would: record an intake, admit, decline (and read
 * the mail in the outbox), place by hand without and with a conflict (override reason), move, leave, statement,
 * export, erase with its confirmation step. In every state: 0 axe violations, no sideways scroll at 390 px, a
 * screenshot at 1280 and 390 px under local/target/screenshots/applicants/. Each test seeds its own people and
 * groups (random suffixes), so the tests run in any order.
 */
class ApplicantPageBrowserTest {
    @RegisterExtension
    static final TestServer server = new TestServer();

    private static final Path SHOTS = TestServer.ROOT.resolve("local/target/screenshots/applicants");
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static ChromeDriver driver;
    private static Path downloads;

    @BeforeAll
    static void startBrowser() throws Exception {
        Files.createDirectories(SHOTS);
        downloads = Files.createTempDirectory("applicant-downloads");
        driver = Browser.start(true);
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    // ------------------------------------------------------------------ seeding

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    /** A new applicant; returns their id. */
    private static String seed(String name, ApplicantStatus status, String organisation, boolean appointed) {
        String id = name.toLowerCase().replace(' ', '-') + "-" + suffix();
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(12, ChronoUnit.DAYS);
        new DynamoApplicantStore(server.client(), server.table()).create(ApplicantBuilder.applicant(id)
                .reference("IV-" + id.substring(0, 4).toUpperCase() + id.substring(id.length() - 2).toUpperCase())
                .name(name).organisation(organisation).appointed(appointed).mode("either").place("3511 AB Utrecht")
                .availabilityNote("dinsdagmiddag").avoid(List.of("Karel Kwast")).remarks("Graag niet op maandag.")
                .status(status).createdAt(at).build(),
                at.plus(365, ChronoUnit.DAYS));
        return id;
    }

    /** A new open group of this capacity through the admin API; returns its id. */
    private static String group(String name, int capacity) {
        String body = """
                {"name":"%s","region":"Midden","city":"Utrecht","venue":"Stadskantoor","weekday":"thursday",
                 "partOfDay":"evening","frequency":"4 keer per jaar","language":"nl","mode":"in-person","capacity":%d,
                 "facilitator":"Ineke","latitude":52.09,"longitude":5.12}""".formatted(name, capacity);
        var r = server.send(server.asAdmin("/api/admin/groups").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(201, r.statusCode(), r.body());
        return r.body().replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
    }

    /** Places a waiting person by hand through the API (with a reason, in case of a conflict). */
    private static void placeViaApi(String groupId, String applicantId) {
        var r = server.send(server.asAdmin("/api/admin/groups/" + groupId + "/members")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"applicantId\":\"" + applicantId + "\",\"overrideReason\":\"test\"}")));
        assertEquals(200, r.statusCode(), r.body());
    }

    // ------------------------------------------------------------------ the page

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    private static String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** Signs in on the applicant's page and waits until the applicant is shown. */
    private static void open(String id) {
        driver.get(server.url("/beheer/aanmelding.html?id=" + id));
        driver.executeScript("sessionStorage.clear();");
        driver.navigate().refresh();
        WebElement tokenField = waiting().until(d -> {
            WebElement field = d.findElement(By.id("token"));
            return field.isDisplayed() ? field : null;
        });
        tokenField.sendKeys(server.adminToken(), Keys.ENTER);
        waiting().withMessage(() -> "the applicant shown; page says: " + text("page-feedback"))
                .until(d -> d.findElement(By.id("applicant-detail")).isDisplayed());
    }

    /** Presses a button with the keyboard: focus, then Enter. */
    private static void press(String id) {
        driver.findElement(By.id(id)).sendKeys(Keys.ENTER);
    }

    private static void type(String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /** The confirmation step right after a button: presses its "yes". */
    private static void confirm(String buttonId) {
        WebElement yes = waiting().until(d -> d.findElement(By.cssSelector(
                ".ws-confirm[data-for='" + buttonId + "'] [data-confirm=yes]")));
        assertEquals(driver.switchTo().activeElement(), driver.findElement(By.cssSelector(
                ".ws-confirm[data-for='" + buttonId + "'] .ws-confirm__question")), "the question has focus");
        yes.sendKeys(Keys.ENTER);
    }

    private static void waitFor(String feedback, String part) {
        waiting().withMessage(() -> feedback + " with '" + part + "'; it says: " + text(feedback))
                .until(d -> d.findElement(By.id(feedback)).getText().contains(part));
    }

    /** 0 axe violations, no sideways scroll on a 390 px phone, and a screenshot at 1280 and 390 px. */
    private static void state(String name) throws Exception {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        assertTrue(results.getViolations().isEmpty(), () -> name + ": " + results.getViolations().stream()
                .map(v -> v.getId() + ": " + v.getNodes().size() + " node(s) " + v.getNodes().getFirst().getTarget()).toList());
        for (int width : List.of(1280, 390)) {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 500));
            long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
            if (width == 390) {
                long scroll = (Long) driver.executeScript("return document.documentElement.scrollWidth");
                long client = (Long) driver.executeScript("return document.documentElement.clientWidth");
                assertTrue(scroll <= client, name + ": " + scroll + " px wide on a " + client + " px phone");
            }
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", (int) Math.min(height, 7000), "deviceScaleFactor", 1, "mobile", width < 500));
            Path file = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, SHOTS.resolve(name + "-" + width + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private static String stored(String id) {
        return server.send(server.asAdmin("/api/admin/applicants/" + id)).body();
    }

    // ------------------------------------------------------------------ the tasks

    @Test
    void recordAnIntakeAdmitAndDeclineWithAKindMail() throws Exception {
        String id = seed("Ria Review", ApplicantStatus.NEEDS_REVIEW, "Gemeente Zuid", false);
        open(id);
        assertTrue(text("person-facts").contains("Gemeente Zuid"));
        assertTrue(text("person-facts").contains(id + "@example.org"));
        assertTrue(text("person-facts").contains("Karel Kwast"));
        assertTrue(text("intake-hint").contains("Wat er besproken is, komt hier"));
        state("1-detail-needs-review");

        String yesterday = LocalDate.now(NL).minusDays(1).toString();
        driver.executeScript("document.getElementById('intake-date').value = arguments[0];", yesterday);
        type("intake-by", "Ineke de Vries");
        driver.findElement(By.id("intake-by")).sendKeys(Keys.ENTER);
        waitFor("intake-feedback", "vastgelegd");
        assertTrue(text("intake-current").contains("door Ineke de Vries"), text("intake-current"));
        assertTrue(text("history").contains("Intakegesprek vastgelegd — door local-coordinator"), text("history"));
        assertTrue(stored(id).contains("\"intake\":{\"date\":\"" + yesterday + "\",\"by\":\"Ineke de Vries\"}"), stored(id));
        state("2-intake-recorded");

        // Preferences agreed at the intake: online is fine too, and one more person to avoid.
        new Select(driver.findElement(By.id("prefs-mode"))).selectByValue("online");
        type("prefs-avoid", "Karel Kwast\nGemeente Noord");
        type("prefs-remarks", "Liefst een groep op dinsdag.");
        if (driver.findElement(By.id("prefs-slots")).isDisplayed()) { // since sign-up asks for meeting slots
            driver.findElement(By.cssSelector("#prefs-slot-days [value='tuesday-afternoon']")).sendKeys(Keys.SPACE);
        }
        driver.findElement(By.cssSelector("#prefs-form button[type=submit]")).sendKeys(Keys.ENTER);
        waitFor("prefs-feedback", "Voorkeuren opgeslagen");
        assertTrue(stored(id).contains("\"avoid\":[\"Karel Kwast\",\"Gemeente Noord\"]"), stored(id));
        assertTrue(stored(id).contains("\"mode\":\"online\""), stored(id));
        assertTrue(text("history").contains("Voorkeuren gewijzigd — door local-coordinator"), text("history"));
        state("2b-preferences-saved");

        press("admit");
        waitFor("decide-feedback", "is toegelaten");
        assertTrue(stored(id).contains("\"status\":\"WAITING\""));
        state("3-admitted");

        int mailsBefore = server.outbox().size();
        press("decline");
        waitFor("decide-feedback", "Schrijf de reden op");
        state("4-decline-without-reason");
        type("decline-reason", "We zoeken nu alleen mensen die formeel benoemd zijn; meld je gerust opnieuw na je benoeming.");
        press("decline");
        state("5-decline-confirm");
        confirm("decline");
        waitFor("decide-feedback", "is afgewezen. De e-mail met de reden is verstuurd naar " + id + "@example.org");
        assertTrue(stored(id).contains("\"status\":\"DECLINED\""));
        assertTrue(text("person-facts").contains("Reden van afwijzen"));
        state("6-declined");

        List<Outbox.Sent> mails = server.outbox().stream().filter(m -> m.mail().to().equals(id + "@example.org")).toList();
        assertEquals(mailsBefore + 1, server.outbox().size(), "one mail");
        assertEquals(1, mails.size());
        var mail = mails.getFirst().mail();
        System.out.println("ApplicantPageBrowserTest decline mail: " + mail.subject() + "\n" + mail.text());
        assertTrue(mail.subject().startsWith("Je aanmelding voor intervisie (IV-"), mail.subject());
        assertTrue(mail.text().startsWith("Beste Ria Review,"), mail.text());
        assertTrue(mail.text().contains("meld je gerust opnieuw na je benoeming"), mail.text());
        assertTrue(mail.text().contains("/api/me/"), "a self-service link");
    }

    @Test
    void placeByHandWithoutAndWithAConflictThenMoveAndLeave() throws Exception {
        String s = suffix();
        String oost = group("Utrecht Oost " + s, 5);
        String west = group("Utrecht West " + s, 5);
        String member = seed("Bram Bestaand", ApplicantStatus.WAITING, "Belastingdienst " + s, true);
        placeViaApi(west, member);

        // Without a conflict: into Utrecht Oost.
        String wim = seed("Wim Wachtend", ApplicantStatus.WAITING, "Rijkswaterstaat " + s, true);
        open(wim);
        state("7-waiting");
        new Select(driver.findElement(By.id("place-group"))).selectByValue(oost);
        press("place");
        waitFor("group-feedback", "is geplaatst in Utrecht Oost " + s);
        assertTrue(text("group-current").contains("Zit nu in Utrecht Oost " + s));
        assertEquals("Verplaatsen", text("place"));
        state("8-placed");

        // Moving him to Utrecht West: no conflict there for him.
        new Select(driver.findElement(By.id("place-group"))).selectByValue(west);
        press("place");
        waitFor("group-feedback", "is verplaatst naar Utrecht West " + s);
        assertEquals(2, driver.findElements(By.cssSelector("#memberships tbody tr")).size());
        assertTrue(text("history").contains("Verplaatst naar Utrecht West " + s + " — door local-coordinator"), text("history"));
        assertTrue(stored(wim).contains("\"groupId\":\"" + west + "\""));
        state("9-moved");

        // Leaving, with the confirmation step and its date.
        press("leave");
        state("10-leave-confirm");
        confirm("leave");
        waitFor("group-feedback", "Vertrek van Wim Wachtend uit Utrecht West " + s);
        assertTrue(stored(wim).contains("\"status\":\"LEFT\""));
        assertTrue(text("history").contains("Vertrokken uit Utrecht West " + s), text("history"));
        state("11-left");

        // With a conflict: a colleague of Bram's into Utrecht West needs a reason.
        String cor = seed("Cor Collega", ApplicantStatus.WAITING, "belastingdienst " + s, true);
        open(cor);
        new Select(driver.findElement(By.id("place-group"))).selectByValue(west);
        press("place");
        waiting().until(d -> d.findElement(By.id("override")).isDisplayed());
        assertTrue(text("override-conflict").contains("Bram Bestaand werkt ook bij Belastingdienst " + s), text("override-conflict"));
        assertEquals(driver.findElement(By.id("override-reason")), driver.switchTo().activeElement());
        assertTrue(stored(cor).contains("\"status\":\"WAITING\""), "nothing written");
        state("12-conflict");
        press("place");
        waitFor("group-feedback", "Schrijf op waarom het toch kan");
        type("override-reason", "Andere afdeling en andere stad; besproken bij de intake.");
        press("place");
        waitFor("group-feedback", "is geplaatst in Utrecht West " + s + " (ondanks het bezwaar; de reden is bewaard).");
        assertTrue(text("memberships").contains("toch geplaatst: Andere afdeling en andere stad"), text("memberships"));
        state("13-placed-with-override");

        // The mails these placements caused: the placed (and moved) person is told each time.
        List<Outbox.Sent> mails = server.outbox().stream().filter(m -> m.mail().to().startsWith("wim-wachtend-")
                || m.mail().to().startsWith("cor-collega-")).toList();
        mails.forEach(m -> System.out.println("ApplicantPageBrowserTest placement mail to " + m.mail().to() + ": "
                + m.mail().subject() + "\n" + m.mail().text()));
        assertEquals(3, mails.size(), "Wim placed, Wim moved, Cor placed");
        assertTrue(mails.stream().allMatch(m -> m.mail().subject().equals("Je bent geplaatst in een intervisiegroep")),
                mails.stream().map(m -> m.mail().subject()).toList().toString());
        assertTrue(mails.get(1).mail().text().contains("Utrecht West " + s), mails.get(1).mail().text());
    }

    @Test
    void statementExportAndEraseWithAConfirmation() throws Exception {
        String s = suffix();
        String g = group("Amersfoort " + s, 5);
        String id = seed("Sanne Statement", ApplicantStatus.WAITING, "Ministerie " + s, true);
        placeViaApi(g, id);
        LocalDate day = LocalDate.now(NL).withDayOfMonth(1);
        Meeting meeting = new Meeting(g, day, LocalTime.of(13, 0), LocalTime.of(16, 0), "incidentmethode", "Ineke", 1, 0, 0, 1);
        Instant expires = Instant.now().plus(2000, ChronoUnit.DAYS);
        server.client().putItem(b -> b.tableName(server.table()).item(AttendanceItems.meetingItem(meeting, expires)));
        server.client().putItem(b -> b.tableName(server.table()).item(AttendanceItems.attendeeItem(meeting,
                new Attendee(id, AttendanceStatus.PRESENT), expires)));
        open(id);
        assertTrue(text("attendance").startsWith(day.getYear() + ": 1 van de 3 vereiste bijeenkomsten (nog niet voldaan), 3 uur."),
                text("attendance"));

        driver.findElement(By.id("statement-year")).sendKeys(Keys.ENTER);
        waitFor("rights-feedback", "De verklaring over " + day.getYear() + " staat hieronder");
        driver.switchTo().frame(driver.findElement(By.id("statement")));
        String statement = waiting().until(d -> {
            String body = d.findElement(By.tagName("body")).getText();
            return body.contains("Verklaring van deelname") ? body : null;
        });
        driver.switchTo().defaultContent();
        assertTrue(statement.contains("Sanne Statement"), statement);
        assertTrue(statement.contains("Amersfoort " + s), statement);
        assertTrue(driver.findElement(By.id("statement-print")).isDisplayed());
        state("14-statement");

        press("export");
        waitFor("rights-feedback", "is gedownload");
        Path file = downloads.resolve("aanvrager-" + id + ".json");
        waiting().until(d -> Files.exists(file));
        String exported = Files.readString(file);
        assertTrue(exported.contains("\"applicantId\":\"" + id + "\"") && exported.contains("Sanne Statement"), exported);
        state("15-exported");

        press("erase");
        state("16-erase-confirm");
        WebElement no = driver.findElement(By.cssSelector(".ws-confirm[data-for='erase'] [data-confirm=no]"));
        no.sendKeys(Keys.ENTER);
        assertEquals(driver.findElement(By.id("erase")), driver.switchTo().activeElement(), "focus back on the button");
        assertTrue(stored(id).contains("Sanne Statement"), "no means nothing erased");
        press("erase");
        confirm("erase");
        waitFor("rights-feedback", "Alle gegevens van Sanne Statement zijn gewist");
        assertEquals(404, server.send(server.asAdmin("/api/admin/applicants/" + id)).statusCode());
        assertFalse(driver.findElement(By.id("intake-form")).isDisplayed());
        state("17-erased");
    }
}
