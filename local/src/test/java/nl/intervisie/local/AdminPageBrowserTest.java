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
 * The coordinators' workspace (/beheer/ and its pages) in headless Chromium against the local server: sign in with the
 * printed token, then do the coordinators' tasks as a person would (keyboard-reachable controls, results announced
 * next to the action that caused them).
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

    /** A fresh workspace page (path under /beheer/), signed in with the printed token. */
    static void signIn(String page) {
        driver.get(server.url("/beheer/" + page));
        driver.executeScript("sessionStorage.clear();");
        driver.navigate().refresh();
        WebElement tokenField = waiting().until(d -> {
            WebElement field = d.findElement(By.id("token"));
            return field.isDisplayed() ? field : null;
        });
        tokenField.sendKeys(server.adminToken());
        tokenField.submit();
        waiting().withMessage(() -> "signed in; sign-in says: " + text("signin-feedback"))
                .until(d -> d.findElement(By.id("work")).isDisplayed());
        assertEquals("local-coordinator", text("who"));
    }

    /** The group's page, with the members on today's date fetched for the meeting form. */
    private static void showMembers(String group) {
        signIn("groep.html?id=" + group);
        waiting().until(d -> d.findElement(By.id("meeting")).isDisplayed());
        driver.findElement(By.cssSelector("#meeting-date-form button")).click();
        waitFor("meeting-feedback", "leden opgehaald");
    }

    /** Records a meeting today for the members shown (all present, the form's default); returns its date. */
    private static String recordMeeting() {
        String date = driver.findElement(By.id("meeting-date")).getDomProperty("value");
        new Select(driver.findElement(By.id("meeting-method"))).selectByValue("incidentmethode");
        WebElement facilitator = driver.findElement(By.id("meeting-facilitator"));
        facilitator.clear();
        facilitator.sendKeys("Anne");
        driver.findElement(By.cssSelector("#meeting-form button[type=submit]")).click();
        waitFor("meeting-feedback", "De bijeenkomst van " + date + " is opgeslagen");
        return date;
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    static String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** Waits until the feedback box (next to the action) says this; shows what the page says when it does not. */
    private static void waitFor(String feedback, String part) {
        waiting().withMessage(() -> feedback + " with '" + part + "'; it says: " + text(feedback)
                        + "; page: " + text("page-feedback"))
                .until(d -> text(feedback).contains(part));
    }

    static void axeClean(String state) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        assertTrue(results.getViolations().isEmpty(), () -> state + ": " + results.getViolations().stream()
                .map(v -> v.getId() + ": " + v.getNodes().size() + " node(s)").toList());
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
    void theWorkspaceHasItsOwnNavigationAndNoPublicMenu() {
        signIn("");
        List<String> nav = driver.findElements(By.cssSelector(".ws-nav a")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("Overzicht", "Aanmeldingen", "Groepen", "Matching", "Verslagen", "Handleiding"), nav);
        assertTrue(driver.findElements(By.cssSelector(".site-nav, .language-switch")).isEmpty(),
                "no public menu and no link to the English public site");
        assertEquals("page", driver.findElement(By.cssSelector(".ws-nav a[href='/beheer/']")).getDomAttribute("aria-current"));
        // Every page of the workspace opens with the token this tab holds, without signing in again.
        driver.findElement(By.linkText("Groepen")).click();
        waiting().until(d -> d.findElement(By.id("work")).isDisplayed() && !d.findElements(By.cssSelector("#groups-body tr")).isEmpty());
        assertFalse(driver.findElement(By.id("signin")).isDisplayed());
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
        waiting().until(d -> !text("signin-feedback").isEmpty());
        assertEquals("signin-feedback", driver.switchTo().activeElement().getDomAttribute("id"), "focus on the message");
        assertFalse(driver.findElement(By.id("work")).isDisplayed(), "a wrong token opens nothing");
        assertFalse(driver.findElement(By.id("ws-who")).isDisplayed());

        driver.findElement(By.id("token")).sendKeys(server.adminToken());
        driver.findElement(By.id("token")).submit();
        waiting().until(d -> d.findElement(By.id("work")).isDisplayed());
        assertEquals("local-coordinator", text("who"));
        assertTrue(driver.findElement(By.id("ws-who")).isDisplayed(), "who is signed in, in the header");
        assertEquals("", text("signin-feedback"), "the old message is gone");
        // The hidden sign-in form hands focus to the page's heading.
        assertEquals("h1", driver.switchTo().activeElement().getTagName(), "focus on the page heading");
        waiting().until(d -> !d.findElements(By.cssSelector("#attention li")).isEmpty());
        assertTrue(text("attention").contains("open groep(en)"), text("attention"));
    }

    @Test
    void aFacilitatorTokenDoesNotOpenTheCoordinatorsWorkspace() {
        driver.get(server.url("/beheer/groepen.html"));
        driver.executeScript("sessionStorage.clear();");
        driver.navigate().refresh();
        WebElement token = waiting().until(d -> d.findElement(By.id("token")).isDisplayed() ? d.findElement(By.id("token")) : null);
        token.sendKeys(server.server().facilitatorToken());
        token.submit();
        waitFor("signin-feedback", "alleen voor coördinatoren");
        assertFalse(driver.findElement(By.id("work")).isDisplayed());
    }

    @Test
    void listApplicantsAndClearOneUnderReview() {
        String id = seedApplicant("Renske Review", ApplicantStatus.NEEDS_REVIEW);
        String name = "Renske Review " + id;
        signIn("aanmeldingen.html");
        waiting().until(d -> text("applicants-body").contains(name));
        driver.findElement(By.cssSelector("button[aria-label='Toelaten tot wachtlijst: " + name + "']")).click();
        waitFor("applicants-feedback", name + " staat nu op de wachtlijst");
        assertFalse(text("applicants-body").contains(name), "no longer in the needs-review list");

        new Select(driver.findElement(By.id("status-filter"))).selectByValue("WAITING");
        WebElement show = driver.findElement(By.cssSelector("#applicants-form button"));
        show.click();
        waiting().until(d -> text("applicants-body").contains(name));
        waitFor("applicants-feedback", "aanmelding(en) gevonden");
        assertEquals(show, driver.switchTo().activeElement(), "after an action focus stays on its button");
        var stored = new DynamoApplicantStore(server.client(), server.table()).get(id).orElseThrow();
        assertEquals(ApplicantStatus.WAITING, stored.status());

        // The name leads to the applicant's own page.
        driver.findElement(By.linkText(name)).click();
        waiting().until(d -> d.findElement(By.tagName("h1")).getText().equals(name));
        assertTrue(text("applicant-detail").contains(id + "@example.org"), text("applicant-detail"));
    }

    @Test
    void recordAMeetingForTheListedMembers() {
        String group = groupIds().get(0);
        String id = seedMember("Mila Member", group);
        showMembers(group);
        WebElement fieldset = driver.findElement(By.cssSelector("fieldset[data-applicant='" + id + "']"));
        assertEquals("Mila Member " + id, fieldset.findElement(By.tagName("legend")).getText());
        assertTrue(fieldset.findElement(By.cssSelector("input[value=present]")).isSelected());
        assertFalse(new Select(driver.findElement(By.id("meeting-method"))).getOptions().isEmpty(), "methods listed");

        String date = recordMeeting();
        var stored = server.send(server.asAdmin("/api/admin/groups/" + group + "/meetings/" + date));
        assertEquals(200, stored.statusCode(), stored.body());
        assertTrue(stored.body().contains(id) && stored.body().contains("present"), stored.body());
        // The page shows it among the group's recorded meetings (today's too; planned dates are in #planning).
        waiting().until(d -> text("group-detail-meetings").matches("(?s).*\\d+ aanwezig.*"));
    }

    @Test
    void downloadTheYearReportAndReadTheAuditLog() throws Exception {
        String group = groupIds().get(1);
        String id = seedMember("Rik Rapport", group);
        showMembers(group);
        recordMeeting();
        driver.findElement(By.linkText("Verslagen")).click();
        waiting().until(d -> d.findElement(By.id("audit-region")).isDisplayed());
        assertTrue(text("audit-body").contains("Bijeenkomst vastgelegd"),
                "the meeting just recorded is in this month's log: " + text("audit-body"));
        String year = driver.findElement(By.id("report-year")).getDomProperty("value");
        assertEquals(String.valueOf(LocalDate.now().getYear()), year, "this year is filled in");
        Path file = downloads.resolve("aanwezigheid-" + year + ".csv");
        Files.deleteIfExists(file);
        driver.findElement(By.cssSelector("#report-form button")).click();
        waitFor("report-feedback", "Het jaaroverzicht " + year + " is gedownload");
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
        String group = groupIds().get(2);
        String id = seedMember("Lotte Leaving", group);
        String name = "Lotte Leaving " + id;
        signIn("groep.html?id=" + group);
        By button = By.cssSelector("#group-detail-members button[aria-label='Vertrek vastleggen: " + name + "']");
        waiting().until(d -> !d.findElements(button).isEmpty());
        assertTrue(driver.findElements(By.cssSelector(".ws-confirm")).isEmpty(), "no confirmation step before a choice");
        driver.findElement(button).click();
        WebElement step = driver.findElement(By.cssSelector(".ws-confirm"));
        assertTrue(step.isDisplayed());
        assertTrue(driver.switchTo().activeElement().getText().contains(name), "focus on the question");
        axeClean("the confirmation step");

        step.findElement(By.cssSelector("[data-confirm=no]")).click();
        waitFor("leave-feedback", "Vertrek niet vastgelegd");
        assertTrue(driver.findElements(By.cssSelector(".ws-confirm")).isEmpty());
        assertEquals(driver.findElement(button), driver.switchTo().activeElement(), "focus back on the button");

        driver.findElement(button).click();
        String later = LocalDate.now().plusDays(2).toString();
        driver.executeScript("document.getElementById('leave-date').value = arguments[0];", later);
        driver.findElement(By.cssSelector(".ws-confirm [data-confirm=yes]")).click();
        // The page asks for Dutch answers (Accept-Language); headless Chromium itself would send English.
        waitFor("leave-feedback", "toekomst");
        assertTrue(server.send(server.asAdmin("/api/admin/applicants/" + id)).body().contains("\"PLACED\""),
                "a refused date changes nothing");

        String today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString();
        driver.findElement(button).click();
        driver.executeScript("document.getElementById('leave-date').value = arguments[0];", today);
        driver.findElement(By.cssSelector(".ws-confirm [data-confirm=yes]")).click();
        waitFor("leave-feedback", "Vertrek van " + name + " op " + today + " vastgelegd");
        assertTrue(driver.findElements(button).isEmpty(), "no longer listed");
        assertTrue(text("group-detail-past").contains(name), "now a past member");
        var stored = server.send(server.asAdmin("/api/admin/applicants/" + id));
        assertTrue(stored.body().contains("\"status\":\"LEFT\""), stored.body());
    }

    @Test
    void groupsAreListedAndTheCatalogueCanBeReloaded() {
        signIn("groepen.html");
        waiting().until(d -> d.findElements(By.cssSelector("#groups-body tr")).size() > 0);
        int rows = driver.findElements(By.cssSelector("#groups-body tr")).size();
        assertEquals(groupIds().size(), rows, "every group of the catalogue is listed");
        driver.findElement(By.id("groups-sync")).click();
        // The first import already ran when the server started: nothing new, coordinators' edits untouched.
        waitFor("groups-feedback", "er is niets veranderd");
        assertEquals(rows, driver.findElements(By.cssSelector("#groups-body tr")).size());
        assertTrue(text("groups-body").matches("(?s).*\\b[1-9]\\d* van \\d+.*"), "the demo members are counted");
    }

    @Test
    void thePagesMeetWcagAaWhileSignedIn() {
        seedMember("Anna Axe", groupIds().get(0));
        showMembers(groupIds().get(0)); // the group page with members and the meeting form shown
        axeClean("group page with the meeting form");
        for (String page : List.of("", "aanmeldingen.html", "groepen.html", "matching.html", "verslagen.html", "handleiding.html")) {
            driver.get(server.url("/beheer/" + page));
            waiting().until(d -> page.equals("handleiding.html") || d.findElement(By.id("work")).isDisplayed());
            axeClean("/beheer/" + page);
        }
    }

    @Test
    void signOutForgetsTheToken() {
        signIn("groepen.html");
        driver.findElement(By.id("signout")).click();
        waitFor("signin-feedback", "uitgelogd");
        assertTrue(driver.findElement(By.id("token")).isDisplayed());
        assertFalse(driver.findElement(By.id("ws-who")).isDisplayed());
        assertFalse(driver.findElement(By.id("work")).isDisplayed());
        driver.navigate().refresh();
        waiting().until(d -> d.findElement(By.id("token")).isDisplayed());
        assertFalse(driver.findElement(By.id("work")).isDisplayed(), "the token is gone after signing out");
    }
}
