package nl.intervisie.local;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The facilitators' page on a phone-sized window (390 px) in headless Chromium, as the demo facilitator with the
 * token the local server prints: sign in, the one group shown without a choice, today's date, times, method and one
 * choice per member — all with the keyboard only — then save; the proofs are in the outbox. No sideways scroll and
 * 0 axe violations in every state, in Dutch and English. Screenshots go to target/screenshots/.
 */
class FacilitatorPageBrowserTest {
    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final Path SHOTS = Path.of("target/screenshots");
    private static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(SHOTS);
        driver = Browser.start(true);
        driver.manage().window().setSize(new Dimension(390, 900));
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

    private static void shot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    /** No sideways scroll at this width, and 0 axe violations (WCAG 2.1 A and AA). */
    private static void checkPage(String state) {
        long scrollWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth;");
        long width = (Long) driver.executeScript("return document.documentElement.clientWidth;");
        assertTrue(scrollWidth <= width, state + ": page is " + scrollWidth + " px wide in a " + width + " px window");
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        assertTrue(results.getViolations().isEmpty(), () -> state + ": " + results.getViolations().stream()
                .map(v -> v.getId() + ": " + v.getNodes().size() + " node(s)").toList());
    }

    private static void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    private static String active() {
        WebElement a = driver.switchTo().activeElement();
        return a.getDomAttribute("id") != null ? a.getDomAttribute("id") : a.getTagName() + "[" + a.getDomAttribute("name") + "]";
    }

    /** Presses Tab until the element has focus (a date or time field has a stop per part); returns the presses. */
    private static int tabTo(String id) {
        for (int i = 1; i <= 5; i++) {
            keys(Keys.TAB);
            if (id.equals(active())) {
                return i;
            }
        }
        throw new AssertionError("Tab never reached " + id + "; focus is on " + active());
    }

    private static void signIn(String path) {
        driver.get(server.url(path));
        driver.executeScript("sessionStorage.clear();");
        driver.navigate().refresh();
        WebElement token = waiting().until(d -> d.findElement(By.id("token")).isDisplayed() ? d.findElement(By.id("token")) : null);
        token.click();
        keys(server.server().facilitatorToken(), Keys.ENTER);
        waiting().withMessage(() -> "members shown; error: " + driver.findElement(By.id("fac-error")).getText()
                        + driver.findElement(By.id("signin-feedback")).getText())
                .until(d -> !d.findElements(By.cssSelector(".fac-member")).isEmpty());
    }

    @Test
    void theDemoFacilitatorRecordsAMeetingWithTheKeyboardOnly() throws Exception {
        driver.get(server.url("/begeleider/"));
        driver.executeScript("sessionStorage.clear();");
        driver.navigate().refresh();
        waiting().until(d -> d.findElement(By.id("token")).isDisplayed());
        checkPage("sign-in");
        shot("facilitator-signin-390");

        long started = System.nanoTime();
        signIn("/begeleider/");
        assertTrue(driver.findElement(By.id("group-one")).isDisplayed(), "one group: its name, no choice");
        assertFalse(driver.findElement(By.id("group-choice")).isDisplayed());
        assertEquals("Utrecht 1", driver.findElement(By.id("group-name")).getText());
        String today = (String) driver.executeScript("var d=new Date();return d.getFullYear()+'-'+String(d.getMonth()+1)"
                + ".padStart(2,'0')+'-'+String(d.getDate()).padStart(2,'0');");
        assertEquals(today, driver.findElement(By.id("date")).getDomProperty("value"), "today by default");
        assertEquals("Anne", driver.findElement(By.id("facilitator")).getDomProperty("value"), "the group's facilitator");
        List<WebElement> members = driver.findElements(By.cssSelector(".fac-member"));
        assertTrue(members.size() >= 5, "the demo group's members: " + members.size());
        checkPage("the form");
        shot("facilitator-form-390");

        // Keyboard only, from the date field: Tab to start and end (typed), the method (first letters), the name
        // (already filled), then one choice per member (Tab into the group; Space = present, → = excused, → → = absent).
        driver.executeScript("document.getElementById('date').focus();"); // the form's first field
        int tabs = tabTo("start"); // through the date's day, month and year (kept: today)
        keys("1330");
        tabs += tabTo("end");
        keys("1630");
        tabs += tabTo("method");
        keys("Inc");
        tabs += tabTo("facilitator");
        int present = 0;
        for (int i = 0; i < members.size(); i++) {
            keys(Keys.TAB);
            assertEquals("input[m" + i + "]", active());
            if (i == 1) {
                keys(Keys.ARROW_RIGHT); // excused
            } else if (i == 2) {
                keys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT); // absent
            } else {
                keys(Keys.SPACE);
                present++;
            }
        }
        keys(Keys.TAB);
        assertEquals("save", active());
        shot("facilitator-filled-390");
        java.time.Instant before = java.time.Instant.now();
        keys(Keys.ENTER);
        waiting().withMessage(() -> "saved; error: " + driver.findElement(By.id("fac-error")).getText())
                .until(d -> d.findElement(By.id("fac-status")).getText().contains("aanwezig"));
        double seconds = (System.nanoTime() - started) / 1e9;
        String status = driver.findElement(By.id("fac-status")).getText();
        assertTrue(status.contains(present + " aanwezig, 1 afgemeld, 1 afwezig"), status);
        assertEquals("fac-status", active(), "focus on the outcome");
        checkPage("saved");
        shot("facilitator-saved-390");
        assertEquals("incidentmethode", driver.findElement(By.id("method")).getDomProperty("value"));
        System.out.printf("FacilitatorPageBrowserTest: %d members recorded in %.1f s (sign-in to saved, keyboard only; "
                + "%d key presses to reach the members)%n", members.size(), seconds, tabs);
        List<Outbox.Sent> sent = server.outbox().stream().filter(m -> !m.at().isBefore(before)).toList();
        assertEquals(present, sent.size(), "a proof for everyone present");
        Files.writeString(SHOTS.resolve("facilitator-proof-mail.txt"), sent.get(0).mail().subject()
                + "\n\n" + sent.get(0).mail().text());
        assertTrue(LocalDate.parse(today).getYear() > 2000);
    }

    @Test
    void theEnglishPageWorksTheSame() throws Exception {
        signIn("/en/facilitator/");
        assertEquals("en", driver.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertEquals("Present", driver.findElement(By.cssSelector(".fac-choices span")).getText());
        assertEquals("Record a meeting", driver.findElement(By.tagName("h1")).getText());
        driver.findElement(By.id("save")).click();
        waiting().until(d -> !d.findElement(By.id("fac-error")).getText().isEmpty());
        String error = driver.findElement(By.id("fac-error")).getText();
        assertTrue(error.startsWith("Fill in") || error.startsWith("Choose present"), error);
        checkPage("English, with an error");
        shot("facilitator-en-error-390");
        driver.manage().window().setSize(new Dimension(1280, 900));
        shot("facilitator-en-1280");
        driver.manage().window().setSize(new Dimension(390, 900));
    }

    @Test
    void withoutJavaScriptThePageSaysSo() {
        ChromeDriver plain = Browser.start(false);
        try {
            plain.get(server.url("/begeleider/"));
            assertTrue(plain.findElement(By.tagName("main")).getText().contains("werkt alleen met JavaScript"));
            assertFalse(plain.findElement(By.id("signin")).isDisplayed());
        } finally {
            plain.quit();
        }
    }
}
