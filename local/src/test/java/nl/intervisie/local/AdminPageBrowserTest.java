package nl.intervisie.local;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.applicants.DynamoApplicantStore;
import nl.intervisie.groups.Membership;
import nl.intervisie.store.Dynamo;
import nl.intervisie.store.Keys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
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
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminPageBrowserTest {
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String REVIEW_ID = "review-" + SUFFIX;
    private static final String MEMBER_ID = "member-" + SUFFIX;
    private static ChromeDriver driver;
    private static Path downloads;

    @BeforeAll
    static void seedAndStart() throws Exception {
        TestServer.get();
        // Local sign-in is by token: no hosted-UI settings (a crashed AdminCognitoSignInTest could leave them).
        Files.deleteIfExists(TestServer.ROOT.resolve("site/target/site/beheer/config.json"));
        var applicants = new DynamoApplicantStore(Dynamo.client(), LocalServer.TABLE);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        applicants.create(applicant(REVIEW_ID, "Renske Review " + SUFFIX, ApplicantStatus.NEEDS_REVIEW, now), now.plus(365, ChronoUnit.DAYS));
        applicants.create(applicant(MEMBER_ID, "Mila Member " + SUFFIX, ApplicantStatus.PLACED, now), now.plus(365, ChronoUnit.DAYS));
        String group = firstGroupId();
        Dynamo.client().putItem(b -> b.tableName(LocalServer.TABLE)
                .item(nl.intervisie.groups.MembershipItems.toItem(new Membership(group, MEMBER_ID, LocalDate.now().minusYears(1), null))));
        Dynamo.client().updateItem(b -> b.tableName(LocalServer.TABLE)
                .key(Map.of(Keys.PK, s("GROUP#" + group), Keys.SK, s("GROUP")))
                .updateExpression("SET memberCount = memberCount + :one").expressionAttributeValues(Map.of(":one", n(1))));
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

    static String firstGroupId() {
        return Dynamo.client().query(b -> b.tableName(LocalServer.TABLE).indexName(Keys.GSI1)
                .keyConditionExpression("gsi1pk = :p").expressionAttributeValues(Map.of(":p", s("GROUPS"))))
                .items().get(0).get("id").s();
    }

    static Applicant applicant(String id, String name, ApplicantStatus status, Instant at) {
        return new Applicant(id, "IV-" + id.substring(0, 6).toUpperCase(), name, id + "@example.org", "Organisatie " + id,
                "vertrouwenspersoon", true, status != ApplicantStatus.NEEDS_REVIEW, "either", "Utrecht", "Midden", "nl",
                "", List.of(), "", status, at, at, 1, null);
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
    @Order(1)
    void withoutJavaScriptThePageSaysItNeedsIt() {
        var plain = Browser.start(false);
        try {
            plain.get(TestServer.url("/beheer/"));
            assertTrue(plain.findElement(By.tagName("main")).getText().contains("werkt alleen met JavaScript"));
            assertFalse(plain.findElement(By.id("signin")).isDisplayed(), "no sign-in form that cannot work");
            assertEquals("noindex, nofollow", plain.findElement(By.cssSelector("meta[name=robots]")).getDomAttribute("content"));
        } finally {
            plain.quit();
        }
    }

    @Test
    @Order(2)
    void signInWithTheLocalToken() {
        driver.get(TestServer.url("/beheer/"));
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

        driver.findElement(By.id("token")).sendKeys(TestServer.get().adminToken());
        driver.findElement(By.id("token")).submit();
        waitForStatus("Ingelogd als local-coordinator");
        assertTrue(driver.findElement(By.id("work")).isDisplayed());
        // The status is a live region: announced, not focused. The hidden sign-in form hands focus to the first task.
        assertEquals("applicants-title", driver.switchTo().activeElement().getDomAttribute("id"), "focus on the first task");
    }

    @Test
    @Order(3)
    void listApplicantsAndClearOneUnderReview() {
        waiting().until(d -> d.findElement(By.id("applicants-body")).getText().contains("Renske Review " + SUFFIX));
        WebElement button = driver.findElement(By.cssSelector(
                "button[aria-label='Toelaten tot wachtlijst: Renske Review " + SUFFIX + "']"));
        button.click();
        waitForStatus("Renske Review " + SUFFIX + " staat nu op de wachtlijst");
        assertFalse(driver.findElement(By.id("applicants-body")).getText().contains("Renske Review " + SUFFIX),
                "no longer in the needs-review list");

        new Select(driver.findElement(By.id("status-filter"))).selectByValue("WAITING");
        WebElement show = driver.findElement(By.cssSelector("#applicants-form button"));
        show.click();
        waiting().until(d -> d.findElement(By.id("applicants-body")).getText().contains("Renske Review " + SUFFIX));
        waitForStatus("aanmelding(en) gevonden");
        assertEquals(show, driver.switchTo().activeElement(), "after an action focus stays on its button");
        var stored = new DynamoApplicantStore(Dynamo.client(), LocalServer.TABLE).get(REVIEW_ID).orElseThrow();
        assertEquals(ApplicantStatus.WAITING, stored.status());
    }

    @Test
    @Order(4)
    void theMembersOfAGroupAreListedToRecordAMeeting() {
        new Select(driver.findElement(By.id("meeting-group"))).selectByValue(firstGroupId());
        driver.findElement(By.cssSelector("#meeting-group-form button")).click();
        waitForStatus("leden opgehaald");
        WebElement fieldset = driver.findElement(By.cssSelector("fieldset[data-applicant='" + MEMBER_ID + "']"));
        assertEquals("Mila Member " + SUFFIX, fieldset.findElement(By.tagName("legend")).getText());
        assertTrue(fieldset.findElement(By.cssSelector("input[value=present]")).isSelected());
        assertFalse(new Select(driver.findElement(By.id("meeting-method"))).getOptions().isEmpty(), "methods listed");
    }

    @Test
    @Order(5)
    void recordAMeetingForTheListedMembers() {
        String date = driver.findElement(By.id("meeting-date")).getDomProperty("value");
        new Select(driver.findElement(By.id("meeting-method"))).selectByValue("incidentmethode");
        driver.findElement(By.id("meeting-facilitator")).sendKeys("Anne");
        driver.findElement(By.cssSelector("#meeting-form button[type=submit]")).click();
        waitForStatus("De bijeenkomst van " + date + " is opgeslagen");
        var stored = TestServer.send(TestServer.asAdmin("/api/admin/groups/" + firstGroupId() + "/meetings/" + date));
        assertEquals(200, stored.statusCode(), stored.body());
        assertTrue(stored.body().contains(MEMBER_ID) && stored.body().contains("present"), stored.body());
    }

    @Test
    @Order(6)
    void createAProposalSeeTheReasonsAndAcceptIt() {
        driver.findElement(By.id("proposal-create")).click();
        new WebDriverWait(driver, Duration.ofSeconds(90))
                .withMessage(() -> "proposal made; error box: " + driver.findElement(By.id("admin-error")).getText())
                .until(d -> status().startsWith("Voorstel gemaakt"));
        String placements = driver.findElement(By.id("proposal-placements")).getText();
        String waitingList = driver.findElement(By.id("proposal-waiting")).getText();
        assertTrue((placements + waitingList).contains("Renske Review " + SUFFIX),
                "the cleared applicant is in the proposal, by name: " + placements + " / " + waitingList);
        assertTrue(placements.contains("→") && placements.contains(":"), "placements show a group and reasons: " + placements);
        driver.findElement(By.id("proposal-accept")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .withMessage(() -> "accepted; error box: " + driver.findElement(By.id("admin-error")).getText())
                .until(d -> status().startsWith("Voorstel geaccepteerd"));
        assertFalse(driver.findElement(By.id("proposal-accept")).isDisplayed(), "cannot be accepted twice");
        var placed = TestServer.send(TestServer.asAdmin("/api/admin/applicants?status=PLACED"));
        assertTrue(placed.body().contains("\"status\":\"PLACED\""), "someone was placed: " + placed.body());
    }

    @Test
    @Order(7)
    void downloadTheYearReport() throws Exception {
        String year = driver.findElement(By.id("report-year")).getDomProperty("value");
        assertEquals(String.valueOf(LocalDate.now().getYear()), year, "this year is filled in");
        driver.findElement(By.cssSelector("#report-form button")).click();
        waitForStatus("Het jaaroverzicht " + year + " is gedownload");
        Path file = downloads.resolve("aanwezigheid-" + year + ".csv");
        waiting().withMessage(() -> "downloaded " + file).until(d -> Files.isRegularFile(file));
        byte[] bytes = Files.readAllBytes(file);
        assertTrue(bytes.length > 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF,
                "UTF-8 with a byte order mark, for Excel");
        String csv = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csv.contains(";"), "semicolons between fields: " + csv);
        String row = csv.lines().filter(line -> line.contains("Mila Member " + SUFFIX)).findFirst()
                .orElseThrow(() -> new AssertionError("the member recorded present is in the report: " + csv));
        String[] cells = row.split(";");
        assertEquals(MEMBER_ID, cells[0], row);
        assertTrue(Integer.parseInt(cells[3]) >= 1, "the meeting recorded above counts as attended: " + row);
    }

    @Test
    @Order(8)
    void aMemberLeavesAfterAConfirmationStep() {
        String name = "Mila Member " + SUFFIX;
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
        assertTrue(TestServer.send(TestServer.asAdmin("/api/admin/applicants/" + MEMBER_ID)).body().contains("\"PLACED\""),
                "a refused date changes nothing");

        String today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString();
        driver.executeScript("document.getElementById('leave-date').value = arguments[0];", today);
        driver.findElement(By.id("leave-confirm")).click();
        waitForStatus("Vertrek van " + name + " op " + today + " vastgelegd");
        assertTrue(driver.findElements(button).isEmpty(), "no longer listed");
        var stored = TestServer.send(TestServer.asAdmin("/api/admin/applicants/" + MEMBER_ID));
        assertTrue(stored.body().contains("\"status\":\"LEFT\""), stored.body());
    }

    @Test
    @Order(9)
    void groupsAreListedAndTheCatalogueCanBeReloaded() {
        waiting().until(d -> d.findElements(By.cssSelector("#groups-body tr")).size() > 0);
        int rows = driver.findElements(By.cssSelector("#groups-body tr")).size();
        driver.findElement(By.id("groups-sync")).click();
        // The first import already ran when the server started: nothing new, coordinators' edits untouched.
        waiting().until(d -> d.findElement(By.id("groups-feedback")).getText().contains("er is niets veranderd"));
        assertEquals(rows, driver.findElements(By.cssSelector("#groups-body tr")).size());
        assertTrue(driver.findElement(By.id("groups-body")).getText().matches("(?s).*\\b[1-9]\\d* van \\d+.*"),
                "the seeded member is counted");
    }

    @Test
    @Order(10)
    void thePageMeetsWcagAaWhileSignedIn() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        assertTrue(results.getViolations().isEmpty(), () -> results.getViolations().stream()
                .map(v -> v.getId() + ": " + v.getNodes().size() + " node(s)").toList().toString());
    }

    @Test
    @Order(11)
    void signOutForgetsTheToken() {
        driver.findElement(By.id("signout")).click();
        waitForStatus("uitgelogd");
        assertTrue(driver.findElement(By.id("token")).isDisplayed());
        driver.navigate().refresh();
        waiting().until(d -> d.findElement(By.id("token")).isDisplayed());
        assertFalse(driver.findElement(By.id("work")).isDisplayed(), "the token is gone after signing out");
    }
}
