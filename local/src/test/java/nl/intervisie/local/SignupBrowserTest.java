package nl.intervisie.local;

import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.applicants.DynamoApplicantStore;
import nl.intervisie.mail.Outbox;
import nl.intervisie.store.Dynamo;
import org.junit.jupiter.api.Test;
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
    /** The service's minimum fill time (SIGNUP_MIN_FILL_MILLIS default) plus a margin. */
    static final long MIN_FILL_MILLIS = 3_300;

    @Test
    void withJavaScriptErrorsAppearInPlaceAndASignUpReachesTheConfirmation() throws Exception {
        ChromeDriver driver = Browser.start(true);
        try {
            driver.get(TestServer.url("/aanmelden/formulier.html"));
            long loaded = System.currentTimeMillis();
            driver.executeScript("window.notReloaded = true;");
            submit(driver);
            var wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
            assertEquals("error-summary", driver.switchTo().activeElement().getDomAttribute("id"), "focus moves to the summary");
            assertEquals(Boolean.TRUE, driver.executeScript("return window.notReloaded === true;"), "no reload");
            assertEquals(List.of("#name", "#email", "#organisation", "#role", "#mode-in-person", "#consent"), summaryLinks(driver));
            assertTrue(driver.findElement(By.id("name-error")).getText().contains("Vul je naam in."));
            assertEquals("true", driver.findElement(By.id("name")).getDomAttribute("aria-invalid"));
            assertTrue(driver.findElement(By.id("email")).getDomAttribute("aria-describedby").contains("email-error"));
            assertTrue(driver.getTitle().startsWith("Fout: "));

            String email = "js-" + UUID.randomUUID() + "@example.org";
            fillIn(driver, email);
            driver.findElement(By.id("basicTraining")).click();
            driver.findElement(By.id("appointed")).click();
            waitForFillTime(loaded); // sooner counts as a bot: the same answer, but nothing stored
            submit(driver);
            wait.until(ExpectedConditions.urlContains("/aanmelden/bedankt.html?ref="));
            String reference = driver.findElement(By.id("reference-number")).getText();
            assertTrue(reference.matches("IV-[2-9A-HJKMNP-Z]{6}"), reference);
            Applicant stored = stored(reference);
            assertEquals(email, stored.email());
            assertEquals(ApplicantStatus.WAITING, stored.status());
            assertTrue(mailTo(email).contains(reference), "the confirmation e-mail states the reference");
            assertTrue(!driver.findElement(By.id("review-notice")).isDisplayed());
        } finally {
            driver.quit();
        }
    }

    @Test
    void withoutJavaScriptTheServerAnswersWithTheFormAndThenTheConfirmation() {
        ChromeDriver driver = Browser.start(false);
        try {
            driver.get(TestServer.url("/aanmelden/formulier.html"));
            driver.findElement(By.id("name")).sendKeys("Piet <b>Puk</b>");
            submit(driver);
            assertTrue(driver.getCurrentUrl().endsWith("/api/signup"), driver.getCurrentUrl());
            assertTrue(driver.getTitle().startsWith("Fout: "), driver.getTitle());
            assertTrue(driver.findElement(By.id("error-summary")).isDisplayed());
            assertEquals("error-summary", driver.switchTo().activeElement().getDomAttribute("id"), "the summary has focus");
            assertEquals(List.of("#name", "#email", "#organisation", "#role", "#mode-in-person", "#consent"), summaryLinks(driver));
            assertEquals("Piet <b>Puk</b>", driver.findElement(By.id("name")).getDomProperty("value"), "values are kept, as text");
            assertTrue(driver.findElement(By.id("name-error")).getText().contains("Gebruik geen HTML"));
            assertEquals(0, driver.findElements(By.tagName("b")).size(), "markup is never rendered");

            String email = "nojs-" + UUID.randomUUID() + "@example.org";
            driver.findElement(By.id("name")).clear();
            fillIn(driver, email);
            driver.findElement(By.id("basicTraining")).click(); // not appointed: needs review
            submit(driver);
            assertTrue(driver.getCurrentUrl().contains("/api/signup/confirmation?ref="), driver.getCurrentUrl());
            String reference = driver.findElement(By.cssSelector(".reference strong")).getText();
            assertTrue(reference.matches("IV-[2-9A-HJKMNP-Z]{6}"), reference);
            String main = driver.findElement(By.tagName("main")).getText();
            assertTrue(main.contains("Eerst een intakegesprek"), driver.getCurrentUrl() + "\n" + main);
            assertEquals(ApplicantStatus.NEEDS_REVIEW, stored(reference).status());
            assertTrue(mailTo(email).contains(reference));
        } finally {
            driver.quit();
        }
    }

    @Test
    void theEnglishFormAnswersInEnglish() {
        ChromeDriver driver = Browser.start(true);
        try {
            driver.get(TestServer.url("/en/sign-up/form.html"));
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

    static void submit(WebDriver driver) {
        driver.findElement(By.cssSelector("form.signup-form button[type=submit]")).click();
    }

    static void fillIn(WebDriver driver, String email) {
        driver.findElement(By.id("name")).sendKeys("Test Persoon");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("organisation")).sendKeys("Ministerie van Testzaken");
        driver.findElement(By.id("role")).sendKeys("Vertrouwenspersoon");
        driver.findElement(By.id("mode-online")).click();
        driver.findElement(By.id("consent")).click();
    }

    static List<String> summaryLinks(WebDriver driver) {
        List<String> hrefs = new ArrayList<>();
        for (WebElement a : driver.findElements(By.cssSelector("#error-summary a"))) {
            hrefs.add(a.getDomAttribute("href"));
        }
        return hrefs;
    }

    static void waitForFillTime(long loaded) throws InterruptedException {
        long wait = MIN_FILL_MILLIS - (System.currentTimeMillis() - loaded);
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }

    static Applicant stored(String reference) {
        TestServer.get();
        var store = new DynamoApplicantStore(Dynamo.client(), LocalServer.TABLE);
        List<Applicant> all = new ArrayList<>(store.listByStatus(ApplicantStatus.WAITING));
        all.addAll(store.listByStatus(ApplicantStatus.NEEDS_REVIEW));
        return all.stream().filter(a -> a.reference().equals(reference)).findFirst()
                .orElseThrow(() -> new AssertionError("no applicant with reference " + reference));
    }

    static String mailTo(String email) {
        return Outbox.shared().messages().stream().filter(m -> m.mail().to().equals(email))
                .map(m -> m.mail().text()).findFirst().orElseThrow(() -> new AssertionError("no mail to " + email));
    }
}
