package nl.intervisie.local;

import nl.intervisie.applicants.ApplicantBuilder;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.applicants.DynamoApplicantStore;
import nl.intervisie.groups.Membership;
import nl.intervisie.store.Keys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.intervisie.store.Items.n;
import static nl.intervisie.store.Items.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The admin page in headless Chromium against the local server: sign in with the printed token, then do the
 * coordinators' tasks as a person would (keyboard-reachable controls, results announced in the live region).
 * Each test signs in afresh and seeds the people it works with, so the tests run in any order.
 */
class AdminPageBrowserTest {
    @RegisterExtension
    static final TestServer server = new TestServer();

    private static ChromeDriver driver;
    private static Path downloads;

    @BeforeAll
    static void startBrowser() throws Exception {
        downloads = Files.createTempDirectory("admin-downloads");
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

    /** The catalogue's groups in the order the admin API lists them. */
    static List<String> groupIds() {
        return server.client().query(b -> b.tableName(server.table()).indexName(Keys.GSI1)
                .keyConditionExpression("gsi1pk = :p").expressionAttributeValues(Map.of(":p", s("GROUPS"))))
                .items().stream().map(i -> i.get("id").s()).toList();
    }

    static Applicant applicant(String id, String name, ApplicantStatus status, Instant at) {
        return ApplicantBuilder.applicant(id).reference("IV-" + id.substring(0, 6).toUpperCase()).name(name)
                .appointed(status != ApplicantStatus.NEEDS_REVIEW).place("Utrecht").status(status).createdAt(at).build();
    }

    /** A new applicant with this status; returns their id (the name is "{name} {id}", unique in the table). */
    private static String seedApplicant(String name, ApplicantStatus status) {
        String id = name.toLowerCase().replace(' ', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        new DynamoApplicantStore(server.client(), server.table())
                .create(applicant(id, name + " " + id, status, now), now.plus(365, ChronoUnit.DAYS));
        return id;
    }

    /** A placed member of the group since a year ago, counted in the group's member count. */
    private static String seedMember(String name, String group) {
        String id = seedApplicant(name, ApplicantStatus.PLACED);
        server.client().putItem(b -> b.tableName(server.table())
                .item(nl.intervisie.groups.MembershipItems.toItem(new Membership(group, id, LocalDate.now().minusYears(1), null))));
        server.client().updateItem(b -> b.tableName(server.table())
                .key(Map.of(Keys.PK, s("GROUP#" + group), Keys.SK, s("GROUP")))
                .updateExpression("SET memberCount = memberCount + :one").expressionAttributeValues(Map.of(":one", n(1))));
        return id;
    }

    /** A fresh page, signed in with the printed token. */
    private static void signIn() {
        driver.get(server.url("/beheer/"));
        driver.executeScript("sessionStorage.clear();");
        driver.navigate().refresh();
        WebElement tokenField = waiting().until(d -> {
            WebElement field = d.findElement(By.id("token"));
            return field.isDisplayed() ? field : null;
        });
        tokenField.sendKeys(server.adminToken());
        tokenField.submit();
        waitForStatus("Ingelogd als local-coordinator");
    }

    /** Picks the group in the meeting form and waits for its members. */
    private static void showMembers(String group) {
        new Select(driver.findElement(By.id("meeting-group"))).selectByValue(group);
        driver.findElement(By.cssSelector("#meeting-group-form button")).click();
        waitForStatus("leden opgehaald");
    }

    /** Records a meeting today for the members shown (all present, the form's default); returns its date. */
    private static String recordMeeting() {
        String date = driver.findElement(By.id("meeting-date")).getDomProperty("value");
        new Select(driver.findElement(By.id("meeting-method"))).selectByValue("incidentmethode");
        driver.findElement(By.id("meeting-facilitator")).sendKeys("Anne");
        driver.findElement(By.cssSelector("#meeting-form button[type=submit]")).click();
        waitForStatus("De bijeenkomst van " + date + " is opgeslagen");
        return date;
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    private static String status() {
        return driver.findElement(By.id("admin-status")).getText();
    }

    private static void waitForStatus(String part) {
        waiting().withMessage(() -> "status message with '" + part + "'; error box: "
                        + driver.findElement(By.id("admin-error")).getText())
                .until(d -> status().contains(part));
    }

    @Test
    void withoutJavaScriptThePageSaysItNeedsIt() {
        var plain = Browser.start(false);
        try {
            plain.get(server.url("/beheer/"));
            assertTrue(plain.findElement(By.tagName("main")).getText().contains("werkt alleen met JavaScript"));
            assertFalse(plain.findElement(By.id("signin")).isDisplayed(), "no sign-in form that cannot work");
            assertEquals("noindex, nofollow", plain.findElement(By.cssSelector("meta[name=robots]")).getDomAttribute("content"));
        } finally {
            plain.quit();
        }
    }

    @Test
    void signInWithTheLocalToken() {
        driver.get(server.url("/beheer/"));
        driver.executeScript("sessionStorage.clear();");
        driver.navigate().refresh();
        WebElement tokenField = waiting().until(d -> {
            WebElement field = d.findElement(By.id("token"));
            return field.isDisplayed() ? field : null;
        });
        assertEquals("Beheertoken (verplicht)", driver.findElement(By.cssSelector("label[for=token]")).getText(),
                "required fields say so in text");
        tokenField.sendKeys("wrong-token");
        tokenField.submit();
        waiting().until(d -> !d.findElement(By.id("admin-error")).getText().isEmpty());
        assertFalse(driver.findElement(By.id("work")).isDisplayed(), "a wrong token opens nothing");

        driver.findElement(By.id("token")).sendKeys(server.adminToken());
        driver.findElement(By.id("token")).submit();
        waitForStatus("Ingelogd als local-coordinator");
        assertTrue(driver.findElement(By.id("work")).isDisplayed());
        // The status is a live region: announced, not focused. The hidden sign-in form hands focus to the first task.
        assertEquals("applicants-title", driver.switchTo().activeElement().getDomAttribute("id"), "focus on the first task");
    }

    @Test
    void listApplicantsAndClearOneUnderReview() {
        String id = seedApplicant("Renske Review", ApplicantStatus.NEEDS_REVIEW);
        String name = "Renske Review " + id;
        signIn();
        waiting().until(d -> d.findElement(By.id("applicants-body")).getText().contains(name));
        driver.findElement(By.cssSelector("button[aria-label='Toelaten tot wachtlijst: " + name + "']")).click();
        waitForStatus(name + " staat nu op de wachtlijst");
        assertFalse(driver.findElement(By.id("applicants-body")).getText().contains(name), "no longer in the needs-review list");

        new Select(driver.findElement(By.id("status-filter"))).selectByValue("WAITING");
        WebElement show = driver.findElement(By.cssSelector("#applicants-form button"));
        show.click();
        waiting().until(d -> d.findElement(By.id("applicants-body")).getText().contains(name));
        waitForStatus("aanmelding(en) gevonden");
        assertEquals(show, driver.switchTo().activeElement(), "after an action focus stays on its button");
        var stored = new DynamoApplicantStore(server.client(), server.table()).get(id).orElseThrow();
        assertEquals(ApplicantStatus.WAITING, stored.status());
    }

    @Test
    void recordAMeetingForTheListedMembers() {
        String group = groupIds().get(0);
        String id = seedMember("Mila Member", group);
        signIn();
        showMembers(group);
        WebElement fieldset = driver.findElement(By.cssSelector("fieldset[data-applicant='" + id + "']"));
        assertEquals("Mila Member " + id, fieldset.findElement(By.tagName("legend")).getText());
        assertTrue(fieldset.findElement(By.cssSelector("input[value=present]")).isSelected());
        assertFalse(new Select(driver.findElement(By.id("meeting-method"))).getOptions().isEmpty(), "methods listed");

        String date = recordMeeting();
        var stored = server.send(server.asAdmin("/api/admin/groups/" + group + "/meetings/" + date));
        assertEquals(200, stored.statusCode(), stored.body());
        assertTrue(stored.body().contains(id) && stored.body().contains("present"), stored.body());
    }

    @Test
    void createAProposalSeeTheReasonsAndAcceptIt() {
        String id = seedApplicant("Wessel Wachtend", ApplicantStatus.WAITING);
        signIn();
        driver.findElement(By.id("proposal-create")).click();
        new WebDriverWait(driver, Duration.ofSeconds(90))
                .withMessage(() -> "proposal made; error box: " + driver.findElement(By.id("admin-error")).getText())
                .until(d -> status().startsWith("Voorstel gemaakt"));
        String placements = driver.findElement(By.id("proposal-placements")).getText();
        String waitingList = driver.findElement(By.id("proposal-waiting")).getText();
        assertTrue((placements + waitingList).contains("Wessel Wachtend " + id),
                "the waiting applicant is in the proposal, by name: " + placements + " / " + waitingList);
        assertTrue(placements.contains("→") && placements.contains(":"), "placements show a group and reasons: " + placements);
        driver.findElement(By.id("proposal-accept")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .withMessage(() -> "accepted; error box: " + driver.findElement(By.id("admin-error")).getText())
                .until(d -> status().startsWith("Voorstel geaccepteerd"));
        assertFalse(driver.findElement(By.id("proposal-accept")).isDisplayed(), "cannot be accepted twice");
        var placed = server.send(server.asAdmin("/api/admin/applicants?status=PLACED"));
        assertTrue(placed.body().contains("\"status\":\"PLACED\""), "someone was placed: " + placed.body());
    }

    @Test
    void downloadTheYearReport() throws Exception {
        String group = groupIds().get(1);
        String id = seedMember("Rik Rapport", group);
        signIn();
        showMembers(group);
        recordMeeting();
        String year = driver.findElement(By.id("report-year")).getDomProperty("value");
        assertEquals(String.valueOf(LocalDate.now().getYear()), year, "this year is filled in");
        Path file = downloads.resolve("aanwezigheid-" + year + ".csv");
        Files.deleteIfExists(file);
        driver.findElement(By.cssSelector("#report-form button")).click();
        waitForStatus("Het jaaroverzicht " + year + " is gedownload");
        waiting().withMessage(() -> "downloaded " + file).until(d -> Files.isRegularFile(file));
        byte[] bytes = Files.readAllBytes(file);
        assertTrue(bytes.length > 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF,
                "UTF-8 with a byte order mark, for Excel");
        String csv = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csv.contains(";"), "semicolons between fields: " + csv);
        String row = csv.lines().filter(line -> line.contains("Rik Rapport " + id)).findFirst()
                .orElseThrow(() -> new AssertionError("the member recorded present is in the report: " + csv));
        String[] cells = row.split(";");
        assertEquals(id, cells[0], row);
        assertTrue(Integer.parseInt(cells[3]) >= 1, "the meeting recorded above counts as attended: " + row);
    }

    @Test
    void aMemberLeavesAfterAConfirmationStep() {
        String id = seedMember("Lotte Leaving", groupIds().get(2));
        String name = "Lotte Leaving " + id;
        signIn();
        showMembers(groupIds().get(2));
        By button = By.xpath("//ul[@id='leave-members']//button[text()='Vertrek vastleggen: " + name + "']");
        assertTrue(driver.findElement(By.id("leave")).isDisplayed(), "the leave part is shown with the members");
        assertFalse(driver.findElement(By.id("leave-form")).isDisplayed(), "no confirmation step before a choice");
        driver.findElement(button).click();
        assertTrue(driver.findElement(By.id("leave-form")).isDisplayed());
        assertEquals("leave-question", driver.switchTo().activeElement().getDomAttribute("id"), "focus on the question");
        assertTrue(driver.findElement(By.id("leave-question")).getText().contains(name));
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        assertTrue(results.getViolations().isEmpty(), () -> results.getViolations().stream()
                .map(v -> v.getId() + ": " + v.getNodes().size() + " node(s)").toList().toString());

        driver.findElement(By.id("leave-cancel")).click();
        waitForStatus("Vertrek niet vastgelegd");
        assertFalse(driver.findElement(By.id("leave-form")).isDisplayed());

        driver.findElement(button).click();
        String tomorrow = LocalDate.now().plusDays(2).toString();
        driver.executeScript("document.getElementById('leave-date').value = arguments[0];", tomorrow);
        driver.findElement(By.id("leave-confirm")).click();
        // The page asks for Dutch answers (Accept-Language); headless Chromium itself would send English.
        waiting().until(d -> d.findElement(By.id("admin-error")).getText().matches("(?s).*toekomst.*"));
        assertTrue(server.send(server.asAdmin("/api/admin/applicants/" + id)).body().contains("\"PLACED\""),
                "a refused date changes nothing");

        String today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString();
        driver.executeScript("document.getElementById('leave-date').value = arguments[0];", today);
        driver.findElement(By.id("leave-confirm")).click();
        waitForStatus("Vertrek van " + name + " op " + today + " vastgelegd");
        assertTrue(driver.findElements(button).isEmpty(), "no longer listed");
        var stored = server.send(server.asAdmin("/api/admin/applicants/" + id));
        assertTrue(stored.body().contains("\"status\":\"LEFT\""), stored.body());
    }

    @Test
    void groupsAreListedAndTheCatalogueCanBeReloaded() {
        signIn();
        waiting().until(d -> d.findElements(By.cssSelector("#groups-body tr")).size() > 0);
        int rows = driver.findElements(By.cssSelector("#groups-body tr")).size();
        assertEquals(groupIds().size(), rows, "every group of the catalogue is listed");
        driver.findElement(By.id("groups-sync")).click();
        // The first import already ran when the server started: nothing new, coordinators' edits untouched.
        waiting().until(d -> d.findElement(By.id("groups-feedback")).getText().contains("er is niets veranderd"));
        assertEquals(rows, driver.findElements(By.cssSelector("#groups-body tr")).size());
        assertTrue(driver.findElement(By.id("groups-body")).getText().matches("(?s).*\\b[1-9]\\d* van \\d+.*"),
                "the demo members are counted");
    }

    @Test
    void thePageMeetsWcagAaWhileSignedIn() {
        seedMember("Anna Axe", groupIds().get(0));
        signIn();
        showMembers(groupIds().get(0)); // the meeting form with members and the leave part shown too
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        assertTrue(results.getViolations().isEmpty(), () -> results.getViolations().stream()
                .map(v -> v.getId() + ": " + v.getNodes().size() + " node(s)").toList().toString());
    }

    @Test
    void signOutForgetsTheToken() {
        signIn();
        driver.findElement(By.id("signout")).click();
        waitForStatus("uitgelogd");
        assertTrue(driver.findElement(By.id("token")).isDisplayed());
        driver.navigate().refresh();
        waiting().until(d -> d.findElement(By.id("token")).isDisplayed());
        assertFalse(driver.findElement(By.id("work")).isDisplayed(), "the token is gone after signing out");
    }
}
