package nl.intervisie.local;

import nl.intervisie.applicants.ApplicantBuilder;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.applicants.DynamoApplicantStore;
import nl.intervisie.http.Json;
import nl.intervisie.http.Language;
import nl.intervisie.mail.Outbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.StringReader;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Planned meetings as a coordinator and a facilitator use them, in headless Chromium against the local server, with the
 * keyboard only: generate a year on the group's page, change a date, cancel one (through the confirmation step), place
 * someone; their mail in the outbox lists the dates and a calendar feed that ical4j reads back with exactly the
 * planned meetings; the facilitator gets the new member's name and address. The facilitator's page shows the plan and
 * takes a planned date's times. Every state: no sideways scroll at 390 px and 0 axe violations; screenshots at 1280
 * and 390 px in target/screenshots/meetings/.
 */
class MeetingsBrowserTest {
    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final Path SHOTS = Path.of("target/screenshots/meetings");
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
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

    private static void waitFor(String feedback, String part) {
        waiting().withMessage(() -> feedback + " with '" + part + "'; it says: "
                        + driver.findElements(By.id(feedback)).stream().map(WebElement::getText).toList()
                        + "; the planning says: " + text("planning"))
                .until(d -> text(feedback).contains(part));
    }

    private static void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    private static String active() {
        WebElement a = driver.switchTo().activeElement();
        return a.getDomAttribute("id") != null ? a.getDomAttribute("id") : a.getTagName();
    }

    /** Presses Tab until the element has focus (a date or time field has a stop per part). */
    private static void tabTo(String id) {
        for (int i = 1; i <= 16; i++) {
            keys(Keys.TAB);
            if (id.equals(active())) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + id + "; focus is on " + active());
    }

    /**
     * Screenshots at 1280 and 390 px with this element at the top; at both: no sideways scroll and 0 axe violations
     * (WCAG 2.1 A and AA).
     */
    private static void state(String name, String showing) throws Exception {
        for (int width : new int[] {1280, 390}) {
            driver.manage().window().setSize(new Dimension(width, 1000));
            driver.executeScript("document.getElementById(arguments[0]).scrollIntoView({block: 'start'});", showing);
            long scrollWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth;");
            long clientWidth = (Long) driver.executeScript("return document.documentElement.clientWidth;");
            assertTrue(scrollWidth <= clientWidth, name + " at " + width + ": " + scrollWidth + " px wide");
            Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
            assertTrue(results.getViolations().isEmpty(), () -> name + " at " + width + ": " + results.getViolations().stream()
                    .map(v -> v.getId() + ": " + v.getNodes().size() + " node(s)").toList());
            Files.write(SHOTS.resolve(name + "-" + width + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        }
        driver.manage().window().setSize(new Dimension(1280, 1000));
    }

    private static Map<String, Object> adminJson(String method, String path, String body) {
        var builder = server.asAdmin(path).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        var response = server.send(builder);
        assertTrue(response.statusCode() / 100 == 2, method + " " + path + ": " + response.statusCode() + " " + response.body());
        return Json.parseObject(response.body(), Language.NL);
    }

    private static String newGroup(String suffix) {
        return (String) adminJson("POST", "/api/admin/groups", """
                {"name":"Planning %s","region":"Midden","city":"Utrecht","venue":"Stadskantoor","weekday":"tuesday",
                 "partOfDay":"afternoon","frequency":"4 keer per jaar","language":"nl","mode":"in-person","capacity":9,
                 "facilitator":"Ineke","facilitatorEmail":"ineke-%s@example.org","latitude":52.09,"longitude":5.12}"""
                .formatted(suffix, suffix)).get("id");
    }

    private static String waitingApplicant(String name) {
        String id = "plan-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        new DynamoApplicantStore(server.client(), server.table()).create(ApplicantBuilder.applicant(id)
                .reference("IV-" + id.substring(5).toUpperCase()).name(name).organisation("Ministerie van Planning")
                .mode("in-person").place("Utrecht").createdAt(now).build(), now.plus(365, ChronoUnit.DAYS));
        return id;
    }

    private static void signIn(String page) {
        driver.get(server.url(page));
        driver.executeScript("sessionStorage.clear();");
        driver.navigate().refresh();
        WebElement token = waiting().until(d -> d.findElement(By.id("token")).isDisplayed() ? d.findElement(By.id("token")) : null);
        token.click();
        keys(page.startsWith("/beheer/") ? server.adminToken() : server.server().facilitatorToken(), Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("work")).isDisplayed());
    }

    @Test
    void aCoordinatorPlansAYearChangesAndCancelsADateAndThePlacementMailHasTheDates() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String group = newGroup(suffix);
        String applicant = waitingApplicant("Quirijn Planmaker");
        driver.manage().window().setSize(new Dimension(1280, 1000));
        signIn("/beheer/groep.html?id=" + group);
        waiting().until(d -> d.findElement(By.id("planning")).isDisplayed() && d.findElement(By.id("plan-none")).isDisplayed());
        state("1-planning-empty", "planning");

        // Generate: the year select (next year in the last quarter), empty count and times: the group's own.
        driver.executeScript("document.getElementById('plan-year').focus();");
        int year = Integer.parseInt(driver.findElement(By.id("plan-year")).getDomProperty("value"));
        tabTo("plan-count");
        tabTo("plan-generate-button");
        keys(Keys.ENTER);
        waitFor("plan-generate-feedback", "4 bijeenkomsten gepland in " + year);
        assertEquals("plan-generate-button", active(), "focus stays on the button; the result is announced next to it");
        List<WebElement> items = driver.findElements(By.cssSelector("#plan-list li"));
        assertEquals(4, items.size());
        assertTrue(items.get(0).getText().startsWith("dinsdag "), items.get(0).getText());
        assertTrue(items.get(0).getText().contains("13:30–16:30, Stadskantoor, Utrecht"), items.get(0).getText());
        state("2-year-generated", "plan-list-title");

        // Change the first date's times: Wijzigen, Tab to the times, type, save.
        String first = year + "-1";
        driver.findElement(By.id("plan-edit-" + first)).sendKeys(Keys.ENTER);
        String p = "plan-e-" + first + "-";
        assertEquals(p + "date", active(), "focus in the form, on the date");
        state("3-editing", "plan-" + first);
        tabTo(p + "start");
        keys("1400");
        tabTo(p + "end");
        keys("1700");
        tabTo(p + "save");
        keys(Keys.ENTER);
        waitFor("plan-feedback-" + first, "Opgeslagen");
        assertTrue(text("plan-" + first).contains("14:00–17:00"), text("plan-" + first));
        assertEquals("plan-edit-" + first, active(), "focus back on the row's button");
        state("4-date-changed", "plan-list-title");

        // Cancel the second one: the confirmation step first (its question takes focus), then yes.
        String second = year + "-2";
        driver.findElement(By.id("plan-toggle-" + second)).sendKeys(Keys.ENTER);
        waiting().until(d -> !d.findElements(By.cssSelector(".ws-confirm")).isEmpty());
        assertTrue(driver.switchTo().activeElement().getText().contains("laten vervallen?"), "the question has focus");
        state("5-confirm-cancel", "plan-" + second);
        keys(Keys.TAB);
        assertEquals("Ja, laten vervallen", driver.switchTo().activeElement().getText());
        keys(Keys.ENTER);
        waitFor("plan-feedback-" + second, "vervalt");
        assertTrue(text("plan-" + second).contains("(vervallen)"));
        state("6-date-cancelled", "plan-list-title");

        // A stale change (someone else changed the date meanwhile) is refused with the reason, nothing written.
        adminJson("PUT", "/api/admin/groups/" + group + "/planning/" + year + "-3", "{\"version\":1,\"place\":\"Elders\"}");
        driver.findElement(By.id("plan-edit-" + year + "-3")).sendKeys(Keys.ENTER);
        tabTo("plan-e-" + year + "-3-place");
        keys(", zaal 2");
        driver.findElement(By.id("plan-e-" + year + "-3-save")).sendKeys(Keys.ENTER);
        waitFor("plan-feedback-" + year + "-3", "net gewijzigd; jouw wijziging is niet opgeslagen");
        assertTrue(text("plan-" + year + "-3").contains("13:30–16:30, Elders"), text("plan-" + year + "-3"));
        state("7-stale-edit", "plan-" + year + "-3");

        // Place the waiting person (keyboard: type in the select, Tab to the button).
        Instant before = Instant.now();
        driver.findElement(By.id("place-applicant")).sendKeys("Quirijn");
        tabTo("place-submit");
        keys(Keys.ENTER);
        waitFor("place-feedback", "Geplaatst in Planning " + suffix);
        state("8-placed", "place-form");

        List<Outbox.Sent> sent = server.outbox().stream().filter(m -> !m.at().isBefore(before)).toList();
        var person = sent.stream().filter(m -> m.mail().to().equals(applicant + "@example.org")).findFirst().orElseThrow().mail();
        var facilitator = sent.stream().filter(m -> m.mail().to().equals("ineke-" + suffix + "@example.org")).findFirst()
                .orElseThrow().mail();
        Files.writeString(SHOTS.resolve("mail-placement.txt"), "To: " + person.to() + "\nSubject: " + person.subject()
                + "\n\n" + person.text());
        Files.writeString(SHOTS.resolve("mail-facilitator.txt"), "To: " + facilitator.to() + "\nSubject: "
                + facilitator.subject() + "\n\n" + facilitator.text());
        var plan = (List<?>) adminJson("GET", "/api/admin/groups/" + group + "/planning", null).get("meetings");
        DateTimeFormatter dutch = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("nl-NL"));
        LocalDate d1 = LocalDate.parse((String) ((Map<?, ?>) plan.get(0)).get("date"));
        LocalDate d2 = LocalDate.parse((String) ((Map<?, ?>) plan.get(1)).get("date"));
        assertTrue(person.text().contains("- " + dutch.format(d1) + ", 14:00–17:00, Stadskantoor, Utrecht"), person.text());
        assertFalse(person.text().contains(dutch.format(d2)), "the cancelled date is not listed");
        assertTrue(person.text().contains("Je begeleider is Ineke"), person.text());
        assertTrue(person.text().contains("/api/me/"), "the self-service link");
        assertTrue(facilitator.text().contains("Quirijn Planmaker is geplaatst") && facilitator.text().contains(applicant + "@example.org"),
                facilitator.text());

        // The feed from the mail, read by ical4j: exactly the four planned meetings, the cancelled one so marked.
        var feedUrl = Pattern.compile("https?://\\S+(/api/calendar/\\S+)").matcher(person.text());
        assertTrue(feedUrl.find(), person.text());
        var feed = server.get(feedUrl.group(1));
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        Files.writeString(SHOTS.resolve("feed.ics"), feed.body());
        var calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        TreeSet<String> uids = new TreeSet<>();
        int cancelled = 0;
        for (Component c : calendar.getComponents(Component.VEVENT)) {
            uids.add(c.getProperty(Property.UID).orElseThrow().getValue());
            cancelled += "CANCELLED".equals(c.getProperty(Property.STATUS).map(Property::getValue).orElse("")) ? 1 : 0;
        }
        TreeSet<String> expected = new TreeSet<>();
        plan.forEach(m -> expected.add(group + "." + ((Map<?, ?>) m).get("id") + "@intervisie"));
        assertEquals(expected, uids);
        assertEquals(1, cancelled);
    }

    @Test
    void theFacilitatorSeesThePlanAndAPlannedDateBringsItsTimes() throws Exception {
        String today = LocalDate.now(AMSTERDAM).toString();
        adminJson("POST", "/api/admin/groups/utrecht-1/planning", "{\"date\":\"" + today + "\",\"start\":\"10:00\",\"end\":\"13:00\"}");
        driver.manage().window().setSize(new Dimension(390, 1000));
        signIn("/begeleider/");
        waiting().until(d -> d.findElement(By.id("planned")).isDisplayed() && !d.findElements(By.cssSelector(".fac-member")).isEmpty());
        assertEquals("10:00", driver.findElement(By.id("start")).getDomProperty("value"), "today's planned times");
        assertEquals("13:00", driver.findElement(By.id("end")).getDomProperty("value"));
        WebElement button = driver.findElement(By.cssSelector("#planned-list button"));
        assertEquals("true", button.getDomAttribute("aria-pressed"));
        button.sendKeys(Keys.ENTER);
        waiting().until(d -> text("planned-status").contains("gekozen"));
        assertEquals("true", driver.switchTo().activeElement().getDomAttribute("aria-pressed"), "focus stays on the date");
        state("9-facilitator-plan", "planned");
    }
}
