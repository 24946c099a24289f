package nl.intervisie.local;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import nl.intervisie.applicants.ApplicantBuilder;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.applicants.DynamoApplicantStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The coordinators' workspace as a whole, in headless Chromium: every page and state at 1280 and 390 CSS px
 * (screenshots in local/target/screenshots/workspace/, 0 axe violations, no sideways scroll on a phone), searching
 * and filtering the applicants list, and a destructive action's confirmation step with the keyboard only.
 * Each test seeds its own people and groups (names with a random suffix), so the tests run in any order.
 */
class WorkspaceBrowserTest {
    @RegisterExtension
    static final TestServer server = new TestServer();

    private static final Path SHOTS = TestServer.ROOT.resolve("local/target/screenshots/workspace");
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(SHOTS);
        driver = Browser.start(true);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private static String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** Someone who signed up {@code days} ago; returns their id. The name is "{name} {suffix}". */
    private static String seed(String name, String email, ApplicantStatus status, String language, String mode,
                               String region, int days) {
        String id = "ws-" + UUID.randomUUID().toString().substring(0, 8);
        Instant at = Instant.now().minus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        new DynamoApplicantStore(server.client(), server.table()).create(ApplicantBuilder.applicant(id)
                .reference("IV-" + id.substring(3, 9).toUpperCase()).name(name).email(email)
                .organisation("Ministerie van " + name.split(" ")[0]).mode(mode).region(region).language(language)
                .status(status).createdAt(at).updatedAt(at).build(), at.plus(365, ChronoUnit.DAYS));
        return id;
    }

    /** A new, empty open group through the API; returns its id. */
    private static String newGroup(String name) {
        String body = "{\"name\":\"" + name + "\",\"region\":\"Midden\",\"city\":\"Zeist\",\"venue\":\"Kantoor\","
                + "\"weekday\":\"tuesday\",\"partOfDay\":\"afternoon\",\"frequency\":\"4 keer per jaar\",\"language\":\"nl\","
                + "\"mode\":\"in-person\",\"capacity\":8,\"facilitator\":\"Petra\",\"latitude\":52.09,\"longitude\":5.23,"
                + "\"status\":\"open\"}";
        var response = server.send(server.asAdmin("/api/admin/groups").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(201, response.statusCode(), response.body());
        return response.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    }

    /** Opens a workspace page; signs in with the printed token when the tab holds none. */
    private static void open(String page) {
        driver.get(server.url("/beheer/" + page));
        waiting().until(d -> d.findElement(By.id("work")).isDisplayed() || d.findElement(By.id("token")).isDisplayed());
        if (!driver.findElement(By.id("work")).isDisplayed()) {
            WebElement token = driver.findElement(By.id("token"));
            token.sendKeys(server.adminToken());
            token.submit();
            waiting().until(d -> d.findElement(By.id("work")).isDisplayed());
        }
    }

    /**
     * One page state at 1280 and at 390 CSS px (a phone): a full-page screenshot of each, 0 axe violations, and at
     * 390 px nothing wider than the screen. Returns the problems found, so one run names all of them.
     */
    private static List<String> check(String state) throws Exception {
        List<String> problems = new ArrayList<>();
        for (int width : List.of(1280, 390)) {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 500));
            long scroll = (Long) driver.executeScript("return document.documentElement.scrollWidth;");
            long viewport = (Long) driver.executeScript("return document.documentElement.clientWidth;");
            if (scroll > viewport) {
                problems.add(state + " at " + width + ": " + scroll + " px wide in " + viewport + " px");
            }
            long height = (Long) driver.executeScript("return document.documentElement.scrollHeight;");
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", (int) Math.min(height, 8000), "deviceScaleFactor", 1, "mobile", width < 500));
            Files.write(SHOTS.resolve(state + "-" + width + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
            results.getViolations().forEach(v -> problems.add(state + " at " + width + ": axe " + v.getId() + " on "
                    + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList()));
        }
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        return problems;
    }

    @Test
    void everyPageAndStateAtBothWidthsHasNoAxeViolationsAndNoSidewaysScroll() throws Exception {
        String waiting = seed("Yara Wachtlijst", "yara@example.org", ApplicantStatus.WAITING, "nl", "in-person", "Oost", 40);
        seed("Bram Beoordelen", "bram@example.org", ApplicantStatus.NEEDS_REVIEW, "en", "online", "", 3);
        String group = newGroup("Zeist " + UUID.randomUUID().toString().substring(0, 6));
        List<String> problems = new ArrayList<>();

        driver.get(server.url("/beheer/"));
        driver.executeScript("sessionStorage.clear();");
        driver.navigate().refresh();
        waiting().until(d -> d.findElement(By.id("token")).isDisplayed());
        problems.addAll(check("signin"));
        WebElement token = driver.findElement(By.id("token"));
        token.sendKeys("wrong");
        token.submit();
        waiting().until(d -> !text("signin-feedback").isEmpty());
        problems.addAll(check("signin-error"));

        open("");
        waiting().until(d -> !d.findElements(By.cssSelector("#attention li")).isEmpty());
        problems.addAll(check("overview"));

        open("aanmeldingen.html?status=");
        waiting().until(d -> text("applicants-body").contains("Yara Wachtlijst"));
        problems.addAll(check("applicants-all"));
        driver.findElement(By.id("search")).sendKeys("nobody-is-called-this", Keys.ENTER);
        waiting().until(d -> text("applicants-body").contains("Niemand gevonden"));
        problems.addAll(check("applicants-none"));

        open("aanmelding.html?id=" + waiting);
        waiting().until(d -> text("applicant-detail").contains("yara@example.org"));
        problems.addAll(check("applicant"));

        open("groepen.html");
        waiting().until(d -> !d.findElements(By.cssSelector("#groups-body a")).isEmpty());
        problems.addAll(check("groups"));

        open("groep.html?id=" + group);
        waiting().until(d -> d.findElement(By.id("group-detail")).isDisplayed());
        problems.addAll(check("group"));
        driver.findElement(By.id("group-close")).click();
        problems.addAll(check("group-close-confirm"));
        driver.findElement(By.cssSelector(".ws-confirm [data-confirm=no]")).click();
        driver.findElement(By.cssSelector("#meeting-date-form button")).click();
        waiting().until(d -> !text("meeting-feedback").isEmpty());
        problems.addAll(check("group-meeting-no-members"));
        driver.findElement(By.id("group-edit")).click();
        waiting().until(d -> d.findElement(By.id("group-form")).isDisplayed());
        problems.addAll(check("group-edit"));

        open("groep.html");
        waiting().until(d -> d.findElement(By.id("group-form")).isDisplayed());
        driver.findElement(By.id("group-save")).click();
        waiting().until(d -> !text("group-form-feedback").isEmpty());
        problems.addAll(check("group-new-error"));

        open("groep.html?id=utrecht-1");
        By leave = By.cssSelector("#group-detail-members button");
        waiting().until(d -> !d.findElements(leave).isEmpty());
        driver.findElement(By.cssSelector("#meeting-date-form button")).click();
        waiting().until(d -> text("meeting-feedback").contains("leden opgehaald"));
        driver.findElement(leave).click();
        problems.addAll(check("group-members-leave-confirm"));

        open("matching.html");
        problems.addAll(check("matching"));
        driver.findElement(By.id("proposal-create")).click();
        new WebDriverWait(driver, Duration.ofSeconds(90)).until(d -> text("matching-feedback").startsWith("Voorstel gemaakt"));
        problems.addAll(check("matching-proposal"));

        open("verslagen.html");
        waiting().until(d -> d.findElement(By.id("audit-region")).isDisplayed());
        problems.addAll(check("reports"));

        driver.get(server.url("/beheer/handleiding.html"));
        problems.addAll(check("guide"));

        // The facilitators' pages use the same layout, signed in as the demo facilitator.
        driver.get(server.url("/begeleider/"));
        WebElement facilitator = waiting().until(d -> d.findElement(By.id("token")).isDisplayed() ? d.findElement(By.id("token")) : null);
        facilitator.sendKeys(server.server().facilitatorToken());
        facilitator.submit();
        waiting().until(d -> !d.findElements(By.cssSelector(".fac-member")).isEmpty());
        problems.addAll(check("facilitator"));

        assertEquals(List.of(), problems);
    }

    @Test
    void searchAndFilterTheApplicantsList() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        seed("Anna Zoek" + suffix, "anna." + suffix + "@example.org", ApplicantStatus.WAITING, "nl", "in-person", "Noord", 12);
        seed("Bert Zoek" + suffix, "bert." + suffix + "@example.org", ApplicantStatus.WAITING, "en", "online", "", 30);
        String cor = seed("Cor Zoek" + suffix, "cor." + suffix + "@example.org", ApplicantStatus.NEEDS_REVIEW, "nl", "either", "Zuid", 0);
        open("aanmeldingen.html?status=");
        By rows = By.cssSelector("#applicants-body tr");

        // Search by a part of the name: all three, the longest waiting first, with how long they waited.
        driver.findElement(By.id("search")).sendKeys("zoek" + suffix, Keys.ENTER);
        waiting().until(d -> d.findElements(rows).size() == 3);
        List<String> names = driver.findElements(By.cssSelector("#applicants-body th")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("Bert Zoek" + suffix, "Anna Zoek" + suffix, "Cor Zoek" + suffix), names, "the longest wait first");
        assertTrue(text("applicants-body").contains("30 dagen"), text("applicants-body"));
        assertTrue(text("applicants-body").contains("12 dagen"), text("applicants-body"));
        assertTrue(text("applicants-body").contains("vandaag"), text("applicants-body"));
        assertTrue(text("applicants-feedback").contains("3 aanmelding(en) gevonden"));

        // By e-mail address: found, but the address is not shown in the list.
        WebElement search = driver.findElement(By.id("search"));
        search.clear();
        search.sendKeys("bert." + suffix + "@example", Keys.ENTER);
        waiting().until(d -> d.findElements(rows).size() == 1 && text("applicants-body").contains("Bert Zoek" + suffix));
        assertFalse(text("applicants-body").contains("@example.org"), "the list shows no e-mail addresses");

        // By reference.
        search.clear();
        search.sendKeys("IV-" + cor.substring(3, 9).toUpperCase(), Keys.ENTER);
        waiting().until(d -> d.findElements(rows).size() == 1 && text("applicants-body").contains("Cor Zoek" + suffix));

        // Filters: each choice shows its result at once.
        search.clear();
        search.sendKeys("zoek" + suffix, Keys.ENTER);
        waiting().until(d -> d.findElements(rows).size() == 3);
        new Select(driver.findElement(By.id("language-filter"))).selectByValue("en");
        waiting().until(d -> d.findElements(rows).size() == 1 && text("applicants-body").contains("Bert Zoek" + suffix));
        new Select(driver.findElement(By.id("language-filter"))).selectByValue("");
        new Select(driver.findElement(By.id("mode-filter"))).selectByValue("in-person");
        waiting().until(d -> d.findElements(rows).size() == 1 && text("applicants-body").contains("Anna Zoek" + suffix));
        new Select(driver.findElement(By.id("mode-filter"))).selectByValue("");
        new Select(driver.findElement(By.id("region-filter"))).selectByValue("Zuid");
        waiting().until(d -> d.findElements(rows).size() == 1 && text("applicants-body").contains("Cor Zoek" + suffix));
        new Select(driver.findElement(By.id("status-filter"))).selectByValue("WAITING");
        waiting().until(d -> text("applicants-body").contains("Niemand gevonden"));
        assertTrue(text("applicants-caption").contains("Wachtend, zuid"), text("applicants-caption"));

        // The filters are in the address: a reload (or a bookmark) shows the same list.
        new Select(driver.findElement(By.id("region-filter"))).selectByValue("Noord");
        waiting().until(d -> text("applicants-body").contains("Anna Zoek" + suffix));
        driver.navigate().refresh();
        waiting().until(d -> d.findElement(By.id("work")).isDisplayed() && text("applicants-body").contains("Anna Zoek" + suffix));
        assertEquals(1, driver.findElements(rows).size());
        assertEquals("Noord", new Select(driver.findElement(By.id("region-filter"))).getFirstSelectedOption().getDomAttribute("value"));

        driver.findElement(By.id("filters-clear")).click();
        waiting().until(d -> text("applicants-caption").startsWith("Alle:"));
        assertEquals("", driver.findElement(By.id("search")).getDomProperty("value"));
        assertTrue(text("applicants-body").contains("Anna Zoek" + suffix) && text("applicants-body").contains("Bert Zoek" + suffix));
    }

    @Test
    void closingAGroupAsksFirstAndWorksWithTheKeyboardOnly() {
        String name = "Bunnik " + UUID.randomUUID().toString().substring(0, 6);
        String group = newGroup(name);
        open("groep.html?id=" + group);
        waiting().until(d -> d.findElement(By.id("group-detail")).isDisplayed());
        driver.executeScript("document.getElementById('group-edit').focus();");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertEquals("group-close", driver.switchTo().activeElement().getDomAttribute("id"));

        // Enter opens the step; focus on the question; Escape cancels, back on the button, nothing changed.
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertTrue(driver.findElement(By.cssSelector(".ws-confirm")).isDisplayed());
        assertTrue(driver.switchTo().activeElement().getText().startsWith("Weet je zeker dat je " + name + " wilt sluiten?"));
        assertEquals("true", driver.findElement(By.id("group-close")).getDomAttribute("aria-expanded"));
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        assertTrue(driver.findElements(By.cssSelector(".ws-confirm")).isEmpty(), "the step is gone");
        assertEquals("group-close", driver.switchTo().activeElement().getDomAttribute("id"), "focus back on the button");
        assertTrue(server.send(server.asAdmin("/api/admin/groups/" + group)).body().contains("\"status\":\"open\""));

        // "No" cancels too, and says so next to the action.
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        new Actions(driver).sendKeys(Keys.TAB, Keys.TAB, Keys.ENTER).perform(); // past "yes" to "no"
        waiting().until(d -> text("group-detail-feedback").contains("niet gesloten"));
        assertTrue(server.send(server.asAdmin("/api/admin/groups/" + group)).body().contains("\"status\":\"open\""));

        // Confirmed: Tab from the question to "yes", Enter.
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        new Actions(driver).sendKeys(Keys.TAB, Keys.ENTER).perform();
        waiting().until(d -> text("group-detail-feedback").contains("De groep is gesloten"));
        assertTrue(server.send(server.asAdmin("/api/admin/groups/" + group)).body().contains("\"status\":\"closed\""));
        assertFalse(driver.findElement(By.id("group-close")).isDisplayed(), "a closed group cannot be closed again");
    }
}
