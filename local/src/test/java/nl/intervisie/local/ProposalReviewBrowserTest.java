package nl.intervisie.local;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import nl.intervisie.applicants.ApplicantBuilder;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14's "done when" for the review: in headless Chromium, keyboard only, a coordinator makes a proposal for the
 * demo applicants (and 20 more), reads it per group with a reason per person and why others wait, leaves one
 * placement out, and applies a proposal of more than 40 placements in one action after a confirmation step. The
 * outbox then holds exactly one placement mail per person placed, and none for the one left out. Every state is
 * checked with axe (WCAG 2.1 AA) and for sideways scroll at 390 px, and photographed at 1280 and 390 px into
 * target/screenshots/review/.
 */
class ProposalReviewBrowserTest {
    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final Path SHOTS = Path.of("target/screenshots/review");
    /** The placement mail's subject in Dutch and in English (for people in an English-language group). */
    private static final Set<String> PLACED_SUBJECTS = Set.of("Je bent geplaatst in een intervisiegroep",
            "You have a place in an intervision group");

    private static final String[] REGIONS = {"Noord", "Oost", "Midden", "West", "Zuid"};
    private static ChromeDriver driver;

    @BeforeAll
    static void startBrowser() {
        driver = Browser.start(true);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static WebDriverWait waiting(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    private static String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private static String focusedId() {
        return (String) driver.executeScript("return document.activeElement && document.activeElement.id;");
    }

    /** Extra waiting people (online or in person, all regions), so the proposal places more than 40. */
    private static void seedWaiting(int count) {
        var store = new DynamoApplicantStore(server.client(), server.table());
        Instant at = Instant.now().minus(90, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < count; i++) {
            String id = "extra-" + String.format("%02d", i);
            String region = REGIONS[i % REGIONS.length];
            store.create(ApplicantBuilder.applicant(id).reference("IV-EXTRA" + i).name("Extra Wachter " + i)
                    .organisation("Extra organisatie " + i).mode("either").region(region).status(ApplicantStatus.WAITING)
                    .createdAt(at).build(), at.plus(365, ChronoUnit.DAYS));
        }
    }

    private static void signIn() {
        driver.get(server.url("/beheer/matching.html"));
        driver.executeScript("sessionStorage.clear();");
        driver.navigate().refresh();
        WebElement token = waiting(15).until(d -> d.findElement(By.id("token")).isDisplayed() ? d.findElement(By.id("token")) : null);
        token.sendKeys(server.adminToken());
        token.sendKeys(Keys.ENTER);
        waiting(15).until(d -> d.findElement(By.id("work")).isDisplayed());
    }

    /** 0 axe violations, no sideways scroll at 390 px, and a picture at 1280 and 390. */
    private static void check(String state) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        assertTrue(results.getViolations().isEmpty(), () -> state + ": " + results.getViolations().stream()
                .map(v -> v.getId() + ": " + v.getNodes().size() + " node(s)").toList());
        try {
            Files.createDirectories(SHOTS);
            for (int width : new int[]{1280, 390}) {
                driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
                        "deviceScaleFactor", 1, "mobile", width < 600));
                long scroll = (Long) driver.executeScript("return document.documentElement.scrollWidth;");
                assertTrue(scroll <= width, state + ": " + scroll + " px wide at " + width);
                Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight;");
                driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                        "height", Math.min(16000, height.intValue()), "deviceScaleFactor", 1, "mobile", width < 600));
                Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
                Files.write(SHOTS.resolve(state + "-" + width + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
            }
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void reviewLeaveOnePlacementOutAndApplyMoreThanFortyInOneAction() {
        seedWaiting(20);
        signIn();
        check("1-start");
        driver.findElement(By.id("proposal-max-km")).sendKeys("300", Keys.ENTER); // the coordinator's maximum; Enter submits
        waiting(120).withMessage(() -> "proposal made; it says: " + text("matching-feedback"))
                .until(d -> text("matching-feedback").startsWith("Voorstel gemaakt"));

        // The proposal as the API has it, to check the page against.
        var recent = (List<Map<String, Object>>) Json.parseObject(server.send(server.asAdmin("/api/admin/matching/proposals")).body(),
                Language.NL).get("proposals");
        String id = (String) recent.getFirst().get("id");
        Map<String, Object> view = Json.parseObject(server.send(server.asAdmin("/api/admin/matching/proposals/" + id)).body(), Language.NL);
        var groups = (List<Map<String, Object>>) view.get("groups");
        List<String> planned = new ArrayList<>();
        groups.forEach(g -> ((List<Map<String, Object>>) g.get("placements")).forEach(x -> planned.add((String) x.get("applicantId"))));
        assertTrue(planned.size() >= 41, planned.size() + " placements: too few for a 40-person apply");

        // Per group: name, facts, one line per person; the waiting people with their sentences; the quality.
        List<WebElement> sets = driver.findElements(By.cssSelector("#proposal-groups fieldset"));
        assertEquals(groups.size(), sets.size());
        String first = sets.getFirst().getText();
        assertTrue(first.contains((String) groups.getFirst().get("name")) && first.contains("na plaatsing"), first);
        assertTrue(first.contains("Nederlands") || first.contains("Engels"), first);
        String page = text("proposal");
        assertFalse(page.contains("demo-") || page.contains("extra-"), "no ids on the page");
        assertTrue(text("proposal-quality").startsWith("Dit voorstel plaatst"), text("proposal-quality"));
        assertTrue(text("proposal-counts").contains("hoogstens 300 km"), text("proposal-counts"));
        assertEquals(300, ((Number) view.get("maxKm")).intValue());
        assertTrue(text("apply-summary").equals(planned.size() + " mensen worden geplaatst en krijgen een e-mail."),
                text("apply-summary"));
        check("2-proposal");

        // A whole group off and on again with the keyboard, then one person left out.
        WebElement whole = driver.findElement(By.cssSelector("input[data-whole]"));
        int firstGroupSize = ((List<Object>) groups.getFirst().get("placements")).size();
        whole.sendKeys(Keys.SPACE);
        assertEquals((planned.size() - firstGroupSize) + " mensen worden geplaatst en krijgen een e-mail.", text("apply-summary"));
        whole.sendKeys(Keys.SPACE);
        // From a running group: leaving someone out of a new group of 5 would leave it too few to open.
        String running = (String) groups.stream().filter(g -> Boolean.TRUE.equals(g.get("running"))
                && ((List<Object>) g.get("placements")).size() >= 2).findFirst().orElseThrow().get("groupId");
        WebElement one = driver.findElement(By.cssSelector("input[data-person][data-group='" + running + "']"));
        String leftOut = one.getDomAttribute("data-person");
        one.sendKeys(Keys.SPACE);
        assertFalse(one.isSelected());
        int expected = planned.size() - 1;
        assertEquals(expected + " mensen worden geplaatst en krijgen een e-mail.", text("apply-summary"));
        check("3-one-left-out");

        int mailsBefore = server.outbox().size();
        driver.findElement(By.id("proposal-apply")).sendKeys(Keys.ENTER);
        WebElement question = waiting(5).until(d -> d.findElement(By.cssSelector(".ws-confirm__question")));
        assertEquals(question.getDomAttribute("id"), focusedId(), "the question takes focus");
        assertTrue(question.getText().startsWith(expected + " mensen plaatsen in "), question.getText());
        check("4-confirm");
        long t0 = System.nanoTime();
        driver.findElement(By.cssSelector(".ws-confirm [data-confirm=yes]")).sendKeys(Keys.ENTER);
        waiting(120).withMessage(() -> "applied; it says: " + text("apply-feedback"))
                .until(d -> text("apply-feedback").contains("geplaatst"));
        System.out.printf("review: applied %d placements in one action in %d ms (page and API)%n", expected,
                (System.nanoTime() - t0) / 1_000_000);
        assertEquals(expected + " mensen geplaatst; zij krijgen een e-mail.", text("apply-feedback"));
        assertEquals("apply-result-title", focusedId());
        assertEquals(groups.size(), driver.findElements(By.cssSelector("#apply-result-list > li")).size());
        assertTrue(text("apply-result-list").contains("Toegepast"), text("apply-result-list"));
        check("5-result");

        // Exactly the mails expected: one per person placed, to them, none to the one left out.
        List<Outbox.Sent> mails = server.outbox().subList(mailsBefore, server.outbox().size()).stream()
                .filter(m -> PLACED_SUBJECTS.contains(m.mail().subject())).toList();
        Set<String> to = new HashSet<>(mails.stream().map(m -> m.mail().to()).toList());
        assertEquals(expected, mails.size(), "placement mails");
        assertEquals(expected, to.size(), "one each");
        Set<String> wanted = new HashSet<>();
        planned.stream().filter(p -> !p.equals(leftOut)).forEach(p -> wanted.add(p + "@example.org"));
        assertEquals(wanted, to);
        for (String language : PLACED_SUBJECTS) {
            mails.stream().filter(m -> m.mail().subject().equals(language)).findFirst().ifPresent(m ->
                    System.out.println("review: a placement mail to " + m.mail().to() + "\n" + m.mail().subject() + "\n" + m.mail().text()));
        }
        var waitingNow = server.send(server.asAdmin("/api/admin/applicants?status=WAITING")).body();
        assertTrue(waitingNow.contains("\"" + leftOut + "\""), "the one left out still waits");
    }
}
