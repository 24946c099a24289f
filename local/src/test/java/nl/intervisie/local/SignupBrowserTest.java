package nl.intervisie.local;

import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.applicants.DynamoApplicantStore;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sign-up form in headless Chromium through the local server, with JavaScript on and off. */
class SignupBrowserTest {
    @RegisterExtension
    static final TestServer server = new TestServer();

    @Test
    void withJavaScriptErrorsAppearInPlaceAndASignUpReachesTheConfirmation() throws Exception {
        ChromeDriver driver = Browser.start(true);
        try {
            driver.get(server.url("/aanmelden/formulier.html"));
            driver.executeScript("window.notReloaded = true;");
            submit(driver);
            var wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
            awaitFocus(driver, "error-summary");
            assertEquals(Boolean.TRUE, driver.executeScript("return window.notReloaded === true;"), "no reload");
            assertEquals(List.of("#name", "#email", "#organisation", "#role", "#mode-in-person", "#availability-any", "#consent"), summaryLinks(driver));
            assertTrue(driver.findElement(By.id("name-error")).getText().contains("Vul je naam in."));
            assertEquals("true", driver.findElement(By.id("name")).getDomAttribute("aria-invalid"));
            assertTrue(driver.findElement(By.id("email")).getDomAttribute("aria-describedby").contains("email-error"));
            assertInvalidOnTheRadiosNotTheFieldset(driver);
            assertTrue(driver.getTitle().startsWith("Fout: "));
            assertAccessible(driver); // the form with its messages shown
            assertLinksKeepTheLabelInView(driver, 390, 900);
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());

            String email = "js-" + UUID.randomUUID() + "@example.org";
            fillIn(driver, email);
            driver.findElement(By.id("basicTraining")).click();
            driver.findElement(By.id("appointed")).click();
            submit(driver); // at once, as autofill would: no fill-time check any more
            wait.until(ExpectedConditions.urlContains("/aanmelden/bedankt.html"));
            assertEquals("Kijk in je mail", driver.findElement(By.tagName("h1")).getText());
            Applicant stored = storedByEmail(server, email);
            assertEquals(ApplicantStatus.UNCONFIRMED, stored.status(), "kept unconfirmed until the link is followed");
            String mail = mailTo(email);
            assertTrue(!mail.contains("Test Persoon") && !mail.contains("Testzaken"), "nothing typed in the mail: " + mail);
            assertTrue(mail.contains("/api/confirm/"), mail);
            assertAccessible(driver);
        } finally {
            driver.quit();
        }
    }

    @Test
    void withoutJavaScriptTheServerAnswersWithTheFormAndThenTheConfirmation() {
        ChromeDriver driver = Browser.start(false);
        try {
            driver.get(server.url("/aanmelden/formulier.html"));
            submit(driver); // empty
            awaitUrl(driver, "/api/signup");
            assertTrue(driver.getTitle().startsWith("Fout: "), driver.getTitle());
            assertTrue(driver.findElement(By.id("error-summary")).isDisplayed());
            awaitFocus(driver, "error-summary");
            assertEquals(List.of("#name", "#email", "#organisation", "#role", "#mode-in-person", "#availability-any", "#consent"), summaryLinks(driver));
            assertTrue(driver.findElement(By.id("name-error")).getText().contains("Vul je naam in."));
            assertInvalidOnTheRadiosNotTheFieldset(driver);
            // The page is the site's: its logo, menu, language switch and footer.
            assertTrue(driver.findElement(By.cssSelector(".site-header .site-name__logo")).isDisplayed());
            assertEquals("/aanmelden.html", driver.findElement(By.cssSelector(".site-nav [aria-current=page]")).getDomAttribute("href"));
            assertEquals("/en/sign-up/form.html", driver.findElement(By.cssSelector(".language-switch")).getDomAttribute("href"));
            assertTrue(driver.findElement(By.cssSelector(".site-footer")).getText().contains("Privacyverklaring"));

            driver.findElement(By.id("name")).sendKeys("Piet <b>Puk</b>");
            submitAndAwaitNextPage(driver); // the server's form posts to the same address again
            awaitFocus(driver, "error-summary");
            assertEquals("Piet <b>Puk</b>", driver.findElement(By.id("name")).getDomProperty("value"), "values are kept, as text");
            assertTrue(driver.findElement(By.id("name-error")).getText().contains("Gebruik geen HTML"));
            assertEquals(0, driver.findElements(By.tagName("b")).size(), "markup is never rendered");

            String email = "nojs-" + UUID.randomUUID() + "@example.org";
            driver.findElement(By.id("name")).clear();
            fillIn(driver, email);
            driver.findElement(By.id("basicTraining")).click(); // not appointed: needs review
            submit(driver);
            awaitUrl(driver, "/api/signup/confirmation?lang=nl");
            String main = driver.findElement(By.tagName("main")).getText();
            assertTrue(main.contains("Kijk in je mail") && main.contains("Bevestig je adres"), driver.getCurrentUrl() + "\n" + main);
            assertTrue(driver.findElement(By.cssSelector(".site-header .site-name__logo")).isDisplayed());
            assertEquals("/api/signup/confirmation?lang=en", driver.findElement(By.cssSelector(".language-switch")).getDomAttribute("href"));
            assertEquals(ApplicantStatus.UNCONFIRMED, storedByEmail(server, email).status());
            assertTrue(mailTo(email).contains("/api/confirm/"));
        } finally {
            driver.quit();
        }
    }

    @Test
    void theEnglishFormAnswersInEnglish() {
        ChromeDriver driver = Browser.start(true);
        try {
            driver.get(server.url("/en/sign-up/form.html"));
            submit(driver);
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
            assertEquals("There is a problem", driver.findElement(By.id("error-summary-title")).getText());
            assertTrue(driver.findElement(By.id("name-error")).getText().contains("Enter your name."));
            assertEquals("true", driver.findElement(By.id("language-en")).getDomProperty("checked"));
        } finally {
            driver.quit();
        }
    }

    @Test
    void theServerRenderedPagesMeetWcagAa() {
        ChromeDriver driver = Browser.start(true);
        try {
            // The page a form sent without JavaScript gets back, shown here in a browser that can run axe.
            driver.get(server.url("/aanmelden/formulier.html"));
            driver.executeScript("document.addEventListener('submit', function (e) { e.stopPropagation(); }, true);");
            // (the capturing listener keeps signup.js from seeing the submit: the browser posts the form plainly)
            driver.findElement(By.id("email")).sendKeys("not-an-address");
            submit(driver);
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/api/signup"));
            assertTrue(driver.getTitle().startsWith("Fout: "), driver.getTitle());
            assertAccessible(driver);
            driver.get(server.url("/api/signup/confirmation?lang=nl"));
            assertAccessible(driver);
        } finally {
            driver.quit();
        }
    }

    /**
     * Issue 17: an error summary link must not leave the field's label off screen. The links of the page a form
     * sent without JavaScript gets back (signup.js does not see the submit) are followed one by one at three window
     * sizes: each focuses its control, and the label (or legend) and the control are both in view.
     */
    @Test
    void errorSummaryLinksFocusTheFieldAndKeepItsLabelInView() {
        ChromeDriver driver = Browser.start(true);
        try {
            driver.get(server.url("/aanmelden/formulier.html"));
            driver.executeScript("document.addEventListener('submit', function (e) { e.stopPropagation(); }, true);");
            // Messages on every kind of field: text inputs, radio buttons, the availability boxes, textareas, the
            // consent checkbox (the place fields are text inputs: SignupFormBrowserTest follows theirs).
            for (String id : List.of("avoid", "remarks")) {
                driver.findElement(By.id(id)).sendKeys("<b>");
            }
            submit(driver);
            awaitUrl(driver, "/api/signup");
            assertEquals(List.of("#name", "#email", "#organisation", "#role", "#mode-in-person", "#availability-any",
                    "#avoid", "#remarks", "#consent"), summaryLinks(driver));
            for (int[] size : new int[][]{{1280, 900}, {390, 900}, {320, 640}}) {
                assertLinksKeepTheLabelInView(driver, size[0], size[1]);
            }
        } finally {
            driver.quit();
        }
    }

    static void assertLinksKeepTheLabelInView(ChromeDriver driver, int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        for (String href : summaryLinks(driver)) {
            String id = href.substring(1);
            driver.executeScript("window.scrollTo(0, 0);");
            driver.findElement(By.cssSelector("#error-summary a[href='" + href + "']")).click();
            new WebDriverWait(driver, Duration.ofSeconds(5))
                    .withMessage(() -> href + " at " + width + " px: focus on #" + driver.switchTo().activeElement().getDomAttribute("id"))
                    .until(d -> id.equals(d.switchTo().activeElement().getDomAttribute("id")));
            @SuppressWarnings("unchecked")
            List<Number> box = (List<Number>) driver.executeScript(
                    "var control = document.getElementById(arguments[0]);"
                            + "var field = control.closest('.field');"
                            + "var label = field.tagName === 'FIELDSET' ? field.querySelector('legend') : field.querySelector('label');"
                            + "return [label.getBoundingClientRect().top, control.getBoundingClientRect().bottom, window.innerHeight];", id);
            String where = href + " at " + width + "x" + height + ": label top " + box.get(0) + ", control bottom " + box.get(1);
            assertTrue(box.get(0).doubleValue() >= 0, where);
            assertTrue(box.get(1).doubleValue() <= box.get(2).doubleValue(), where);
        }
    }

    /** The invalid state is on each radio button (what assistive technology reads), not on their fieldset. */
    static void assertInvalidOnTheRadiosNotTheFieldset(WebDriver driver) {
        for (String id : List.of("mode-in-person", "mode-online", "mode-either")) {
            assertEquals("true", driver.findElement(By.id(id)).getDomAttribute("aria-invalid"), id);
        }
        WebElement fieldset = driver.findElement(By.id("field-mode"));
        assertEquals(null, fieldset.getDomAttribute("aria-invalid"));
        assertTrue(fieldset.getDomAttribute("aria-describedby").contains("mode-error"));
        assertEquals(null, driver.findElement(By.id("language-nl")).getDomAttribute("aria-invalid"), "no message, not invalid");
    }

    static void assertAccessible(WebDriver driver) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        assertTrue(results.getViolations().isEmpty(), () -> driver.getCurrentUrl() + ": " + results.getViolations().stream()
                .map(v -> v.getId() + ": " + v.getNodes().size() + " node(s) " + v.getNodes().getFirst().getHtml()).toList());
    }

    static void submit(WebDriver driver) {
        driver.findElement(By.cssSelector("form.signup-form button[type=submit]")).click();
    }

    /** Submits and waits until the browser shows the answer, also when it comes from the same address. */
    static void submitAndAwaitNextPage(WebDriver driver) {
        WebElement before = driver.findElement(By.tagName("html"));
        submit(driver);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(before));
        awaitUrl(driver, "/api/signup");
    }

    /** A no-JS submit returns before the browser has followed the POST (and its 303): wait for the new page. */
    static void awaitUrl(WebDriver driver, String part) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(part));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "complete".equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Focus moves at the browser's next rendering step (autofocus, or the script's focus()), not at once. */
    static void awaitFocus(WebDriver driver, String id) {
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .withMessage(() -> "focus on #" + id + ", not on #" + driver.switchTo().activeElement().getDomAttribute("id"))
                .until(d -> id.equals(d.switchTo().activeElement().getDomAttribute("id")));
    }

    static void fillIn(WebDriver driver, String email) {
        driver.findElement(By.id("name")).sendKeys("Test Persoon");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("organisation")).sendKeys("Ministerie van Testzaken");
        driver.findElement(By.id("role")).sendKeys("Vertrouwenspersoon");
        driver.findElement(By.id("mode-online")).click();
        driver.findElement(By.id("availability-any")).click();
        driver.findElement(By.id("consent")).click();
    }

    static List<String> summaryLinks(WebDriver driver) {
        List<String> hrefs = new ArrayList<>();
        for (WebElement a : driver.findElements(By.cssSelector("#error-summary a"))) {
            hrefs.add(a.getDomAttribute("href"));
        }
        return hrefs;
    }

    static Applicant storedByEmail(TestServer server, String email) {
        return new DynamoApplicantStore(server.client(), server.table()).byEmail(email)
                .orElseThrow(() -> new AssertionError("no applicant with address " + email));
    }

    static String mailTo(String email) {
        return server.outbox().stream().filter(m -> m.mail().to().equals(email))
                .map(m -> m.mail().text()).findFirst().orElseThrow(() -> new AssertionError("no mail to " + email));
    }
}
