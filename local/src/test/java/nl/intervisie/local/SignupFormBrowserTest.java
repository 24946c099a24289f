package nl.intervisie.local;

import nl.intervisie.applicants.Applicant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.intervisie.local.SignupBrowserTest.assertAccessible;
import static nl.intervisie.local.SignupBrowserTest.assertLinksKeepTheLabelInView;
import static nl.intervisie.local.SignupBrowserTest.awaitFocus;
import static nl.intervisie.local.SignupBrowserTest.awaitUrl;
import static nl.intervisie.local.SignupBrowserTest.storedByEmail;
import static nl.intervisie.local.SignupBrowserTest.submit;
import static nl.intervisie.local.SignupBrowserTest.summaryLinks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sign-up form's place and availability fields in headless Chromium, as a person fills them in, with JavaScript
 * on and off; screenshots of the form and its error state at 1280 and 390 px in local/target/screenshots/signup/.
 */
class SignupFormBrowserTest {
    @RegisterExtension
    static final TestServer server = new TestServer();

    static final Path SHOTS = TestServer.ROOT.resolve("local/target/screenshots/signup");

    @Test
    void withJavaScriptTheMunicipalityAndTheTickedPartsOfTheDayAreStored() throws IOException {
        ChromeDriver driver = Browser.start(true);
        try {
            driver.get(server.url("/aanmelden/formulier.html"));
            shoot(driver, "form-nl");
            String email = "place-js-" + UUID.randomUUID() + "@example.org";
            fillInPerson(driver, email);
            driver.findElement(By.id("municipality")).sendKeys("Atlantis");
            submit(driver);
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
            awaitFocus(driver, "error-summary");
            assertEquals(List.of("#municipality", "#availability-any"), summaryLinks(driver));
            assertTrue(driver.findElement(By.id("municipality-error")).getText()
                    .contains("Kies je gemeente uit de lijst, bijvoorbeeld Groningen"));
            assertEquals("true", driver.findElement(By.id("municipality")).getDomAttribute("aria-invalid"));
            assertTrue(driver.findElement(By.id("availability-error")).getText().contains("Kies minstens één dagdeel"));
            assertEquals("true", driver.findElement(By.id("availability-tuesday-morning")).getDomAttribute("aria-invalid"),
                    "each box of the group is marked, as the radio buttons are");
            assertTrue(driver.findElement(By.id("field-availability")).getDomAttribute("aria-describedby")
                    .contains("availability-error"));
            assertAccessible(driver);
            shoot(driver, "error-js-nl");

            driver.findElement(By.id("municipality")).clear();
            driver.findElement(By.id("municipality")).sendKeys("Groningen");
            driver.findElement(By.id("availability-tuesday-afternoon")).click();
            driver.findElement(By.id("availability-thursday-morning")).click();
            submit(driver);
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/aanmelden/bedankt.html"));
            Applicant stored = storedByEmail(server, email);
            assertEquals("Groningen", stored.location().municipality());
            assertEquals(List.of("tuesday-afternoon", "thursday-morning"), stored.availability());
            assertEquals("in-person", stored.mode());
        } finally {
            driver.quit();
        }
    }

    @Test
    void withoutJavaScriptTheServerKeepsTheTickedBoxesAndAsksForTheMunicipalityOfAnUnknownPostcode() throws IOException {
        ChromeDriver driver = Browser.start(false);
        try {
            driver.get(server.url("/aanmelden/formulier.html"));
            String email = "place-nojs-" + UUID.randomUUID() + "@example.org";
            fillInPerson(driver, email);
            driver.findElement(By.id("postcode")).sendKeys("9712 CP");
            driver.findElement(By.id("availability-wednesday-evening")).click();
            driver.findElement(By.id("availability-monday-morning")).click();
            submit(driver);
            awaitUrl(driver, "/api/signup");
            awaitFocus(driver, "error-summary");
            assertEquals(List.of("#municipality"), summaryLinks(driver));
            assertTrue(driver.findElement(By.id("municipality-error")).getText()
                    .contains("Deze postcode kunnen we niet plaatsen. Kies je gemeente uit de lijst."));
            assertEquals("9712 CP", driver.findElement(By.id("postcode")).getDomProperty("value"), "what was typed is kept");
            for (String slot : List.of("monday-morning", "wednesday-evening")) {
                assertEquals("true", driver.findElement(By.id("availability-" + slot)).getDomProperty("checked"), slot);
            }
            assertEquals("false", driver.findElement(By.id("availability-tuesday-afternoon")).getDomProperty("checked"));
            assertLinksKeepTheLabelInView(driver, 390, 900);
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            shoot(driver, "error-nojs-nl");

            driver.findElement(By.id("municipality")).sendKeys("Den Bosch");
            submit(driver);
            awaitUrl(driver, "/api/signup/confirmation?lang=nl");
            Applicant stored = storedByEmail(server, email);
            assertEquals("'s-Hertogenbosch", stored.location().municipality(), "another name it goes by");
            assertEquals(List.of("monday-morning", "wednesday-evening"), stored.availability(), "in form order");
            assertEquals("", stored.place(), "the postcode is not kept");
            assertEquals("'s-Hertogenbosch", stored.location().label(), "nor as the label");
        } finally {
            driver.quit();
        }
    }

    @Test
    void theEnglishFormAsksTheSameInEnglish() throws IOException {
        ChromeDriver driver = Browser.start(false);
        try {
            driver.get(server.url("/en/sign-up/form.html"));
            assertTrue(driver.findElement(By.cssSelector("#field-availability legend")).getText().contains("When can you meet?"));
            assertTrue(driver.findElement(By.cssSelector("label[for=availability-friday-evening]")).getText().contains("evening"));
            assertTrue(driver.findElement(By.id("where-hint")).getText().contains("we keep only the municipality, not your address"));
            assertAccessible(driver);
            shoot(driver, "form-en");
            driver.findElement(By.id("mode-in-person")).click();
            submit(driver);
            awaitUrl(driver, "/api/signup");
            assertTrue(driver.findElement(By.id("municipality-error")).getText()
                    .contains("Choose your municipality, so we can find a group near you."));
            assertTrue(driver.findElement(By.id("availability-error")).getText()
                    .contains("Choose at least one part of the day you can make"));
            assertAccessible(driver);
            shoot(driver, "error-nojs-en");
        } finally {
            driver.quit();
        }
    }

    private static void fillInPerson(WebDriver driver, String email) {
        driver.findElement(By.id("name")).sendKeys("Gerda Groningen");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("organisation")).sendKeys("Ministerie van Testzaken");
        driver.findElement(By.id("role")).sendKeys("Vertrouwenspersoon");
        driver.findElement(By.id("mode-in-person")).click();
        driver.findElement(By.id("consent")).click();
    }

    /** The whole page at 1280 and at 390 px wide: NAME-1280.png and NAME-390.png. */
    static void shoot(ChromeDriver driver, String name) throws IOException {
        Files.createDirectories(SHOTS);
        for (int width : new int[]{1280, 390}) {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
                    "deviceScaleFactor", 1, "mobile", false));
            Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight;");
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                    "height", height.intValue(), "deviceScaleFactor", 1, "mobile", false));
            driver.executeScript("window.scrollTo(0, 0);");
            Files.write(SHOTS.resolve(name + "-" + width + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        }
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
}
