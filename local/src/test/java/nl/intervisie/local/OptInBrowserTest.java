package nl.intervisie.local;

import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantItems;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.groups.DynamoMembershipStore;
import nl.intervisie.groups.GroupCatalogue;
import nl.intervisie.groups.Membership;
import nl.intervisie.mail.Outbox;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.intervisie.local.SignupBrowserTest.assertAccessible;
import static nl.intervisie.local.SignupBrowserTest.fillIn;
import static nl.intervisie.local.SignupBrowserTest.storedByEmail;
import static nl.intervisie.local.SignupBrowserTest.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15 in headless Chromium through the local server, as the person would go: sign up, read the mail in the
 * outbox, open the link (nothing happens), press the button, use the self-service page; and every bad link. Each page
 * is checked with axe (WCAG 2.1 AA) and photographed at 1280 and 390 px into target/screenshots/optin/.
 */
class OptInBrowserTest {
    @org.junit.jupiter.api.extension.RegisterExtension
    static final TestServer server = new TestServer();
    private static final Path SHOTS = Path.of("target/screenshots/optin");

    static String link(String email, String kind) {
        return LocalOptIn.link(email, kind);
    }

    static List<Outbox.Sent> mailsTo(String email) {
        return Outbox.shared().messages().stream().filter(s -> s.mail().to().equals(email)).toList();
    }

    /** The whole page at this width, as a PNG in target/screenshots/optin/NAME-WIDTH.png. */
    static void shoot(ChromeDriver driver, String name) {
        try {
            Files.createDirectories(SHOTS);
            for (int width : new int[]{1280, 390}) {
                driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
                        "deviceScaleFactor", 1, "mobile", width < 600));
                Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight;");
                driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                        "height", Math.min(6000, height.intValue()), "deviceScaleFactor", 1, "mobile", width < 600));
                Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
                Files.write(SHOTS.resolve(name + "-" + width + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
            }
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitHeading(ChromeDriver driver, String heading) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.WebDriverException.class)
                .withMessage(() -> "heading " + heading + " on " + driver.getCurrentUrl() + ": " + driver.getPageSource())
                .until(d -> heading.equals(d.findElement(By.tagName("h1")).getText()));
    }

    private static String signUp(ChromeDriver driver, String form) {
        String email = "optin-" + UUID.randomUUID() + "@example.org";
        driver.get(server.url(form));
        fillIn(driver, email);
        driver.findElement(By.id("basicTraining")).click();
        driver.findElement(By.id("appointed")).click();
        submit(driver);
        return email;
    }

    @Test
    void signUpConfirmationMailLinkWaitingListAndSelfService() {
        ChromeDriver driver = Browser.start(true);
        try {
            String email = signUp(driver, "/aanmelden/formulier.html");
            awaitHeading(driver, "Kijk in je mail");
            assertAccessible(driver);
            shoot(driver, "01-check-your-mail");
            assertEquals(1, mailsTo(email).size());
            Outbox.Sent mail = mailsTo(email).getFirst();
            assertEquals("contact@intervisie.example", mail.replyTo(), "replies reach the network's contact address");
            assertFalse(mail.mail().text().contains("Test Persoon") || mail.mail().text().contains("Testzaken"));

            String confirm = link(email, "confirm");
            driver.get(server.url(confirm));
            awaitHeading(driver, "Bevestig je aanmelding");
            driver.navigate().refresh();
            assertEquals(ApplicantStatus.UNCONFIRMED, storedByEmail(server, email).status(), "opening the link twice changed nothing");
            assertAccessible(driver);
            shoot(driver, "02-confirm-ask");
            driver.findElement(By.cssSelector("main form button")).click();
            awaitHeading(driver, "Je aanmelding is bevestigd");
            assertEquals(ApplicantStatus.WAITING, storedByEmail(server, email).status(), "on the waiting list");
            assertAccessible(driver);
            shoot(driver, "03-confirmed");

            driver.findElement(By.partialLinkText("Bekijk wat we van je bewaren")).click();
            awaitHeading(driver, "Je aanmelding");
            String main = driver.findElement(By.tagName("main")).getText();
            assertTrue(main.contains("Wacht op een plaats in een groep") && main.contains(email) && main.contains("Test Persoon"), main);
            assertAccessible(driver);
            shoot(driver, "04-self-service-waiting");

            driver.findElement(By.id("availability-any")).click(); // was "any": now only Tuesday afternoon
            driver.findElement(By.id("availability-tuesday-afternoon")).click();
            driver.findElement(By.cssSelector("form[action*='/preferences'] button")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("done=preferences"));
            assertTrue(driver.findElement(By.cssSelector("[role=status]")).getText().contains("Je voorkeuren zijn opgeslagen."));
            assertEquals(List.of("tuesday-afternoon"), storedByEmail(server, email).availability());
            shoot(driver, "05-self-service-saved");

            String self = link(email, "me");
            driver.findElement(By.cssSelector("form[action*='/withdraw'] button")).click();
            awaitHeading(driver, "Je aanmelding is ingetrokken");
            assertAccessible(driver);
            shoot(driver, "06-withdrawn");
            driver.get(server.url(self));
            awaitHeading(driver, "Niets (meer) bewaard");
            assertFalse(driver.findElement(By.tagName("main")).getText().contains(email));
            shoot(driver, "07-link-gone");
        } finally {
            driver.quit();
        }
    }

    @Test
    void withoutJavaScriptAPlacedPersonSeesTheirGroupLeavesItAndErasesEverything() {
        ChromeDriver driver = Browser.start(false);
        try {
            String email = signUp(driver, "/en/sign-up/form.html");
            awaitHeading(driver, "Check your mail");
            driver.get(server.url(link(email, "confirm")));
            driver.findElement(By.cssSelector("main form button")).click();
            awaitHeading(driver, "Your sign-up is confirmed");
            Applicant a = storedByEmail(server, email);
            String group = GroupCatalogue.load().getFirst().id();
            server.client().transactWriteItems(b -> b.transactItems(ApplicantItems.place(server.table(), a.id(), a.version(), group, Instant.now())));
            new DynamoMembershipStore(server.client(), server.table()).add(new Membership(group, a.id(), LocalDate.now(), null));

            driver.get(server.url(link(email, "me")));
            awaitHeading(driver, "Your sign-up");
            String main = driver.findElement(By.tagName("main")).getText();
            assertTrue(main.contains("Member of a group") && main.contains(GroupCatalogue.load().getFirst().name()), main);
            assertEquals(0, driver.findElements(By.cssSelector("form[action*='/withdraw']")).size());
            shoot(driver, "08-self-service-placed-en");
            driver.findElement(By.partialLinkText("Statement " + LocalDate.now().getYear())).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/statement"));
            assertTrue(driver.findElement(By.tagName("main")).getText().contains("Test Persoon"));
            driver.navigate().back();

            driver.findElement(By.cssSelector("form[action*='/leave'] button")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("done=left"));
            assertEquals(ApplicantStatus.LEFT, storedByEmail(server, email).status());
            shoot(driver, "09-self-service-left-en");

            driver.findElement(By.cssSelector("form[action*='/erase'] button")).click(); // without the tick
            awaitHeading(driver, "Your sign-up");
            assertTrue(driver.findElement(By.id("error-summary")).getText().contains("Tick the box"));
            shoot(driver, "10-erase-needs-tick-en");
            driver.findElement(By.id("sure")).click();
            driver.findElement(By.cssSelector("form[action*='/erase'] button")).click();
            awaitHeading(driver, "Your details are erased");
            shoot(driver, "11-erased-en");
            assertTrue(new nl.intervisie.applicants.DynamoApplicantStore(server.client(), server.table()).get(a.id()).isEmpty());
        } finally {
            driver.quit();
        }
    }

    @Test
    void badLinksShowAClearPageAndNoData() {
        ChromeDriver driver = Browser.start(true);
        try {
            String email = signUp(driver, "/aanmelden/formulier.html");
            awaitHeading(driver, "Kijk in je mail");
            String confirm = link(email, "confirm");
            String id = storedByEmail(server, email).id();
            driver.get(server.url(confirm.replace(id, UUID.randomUUID().toString())));
            awaitHeading(driver, "Deze link klopt niet"); // no button to press on a bad link
            assertAccessible(driver);
            shoot(driver, "12-confirm-bad-link");
            assertEquals(ApplicantStatus.UNCONFIRMED, storedByEmail(server, email).status());

            driver.get(server.url("/api/me/self." + id + ".99999999999.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA?lang=nl"));
            awaitHeading(driver, "Deze link klopt niet");
            assertFalse(driver.getPageSource().contains(email) || driver.getPageSource().contains("Test Persoon"));
            assertAccessible(driver);
            shoot(driver, "13-self-service-bad-link");
            driver.get(server.url("/api/me/" + confirm.substring("/api/confirm/".length())));
            awaitHeading(driver, "Deze link klopt niet"); // a confirmation token opens no self-service page
        } finally {
            driver.quit();
        }
    }
}
