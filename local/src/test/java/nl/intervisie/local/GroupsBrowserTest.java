package nl.intervisie.local;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import nl.intervisie.groups.Membership;
import nl.intervisie.groups.MembershipItems;
import nl.intervisie.store.Keys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.intervisie.store.Items.n;
import static nl.intervisie.store.Items.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A coordinator's group tasks in headless Chromium against the local server: create a group in the admin page and
 * see it on the public groups page with its places and map point; a mistake answered next to the form; closing a
 * group with members refused, without members done (and gone from the public page). Each test makes its own
 * groups (names with a random suffix), so no test depends on another. Screenshots: local/target/screenshots/groups.
 */
class GroupsBrowserTest {
    @RegisterExtension
    static final TestServer server = new TestServer();

    private static final Path SHOTS = TestServer.ROOT.resolve("local/target/screenshots/groups");
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
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    private static void signIn() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(server.url("/beheer/groepen.html"));
        // A token kept in this tab's session signs in by itself; otherwise the token form shows.
        waiting().until(d -> d.findElement(By.id("work")).isDisplayed() || d.findElement(By.id("token")).isDisplayed());
        if (driver.findElement(By.id("work")).isDisplayed()) {
            return;
        }
        WebElement token = driver.findElement(By.id("token"));
        token.sendKeys(server.adminToken());
        token.submit();
        waiting().until(d -> d.findElement(By.id("work")).isDisplayed());
    }

    private static void type(String field, String value) {
        WebElement input = driver.findElement(By.id("group-" + field));
        input.clear();
        input.sendKeys(value);
    }

    /** Fills the new-group form as a coordinator would and saves it; returns the group id the page shows. */
    private static String createGroup(String name, String city, double lat, double lon) {
        signIn();
        driver.findElement(By.id("group-new")).click();
        waiting().until(d -> d.findElement(By.id("group-form")).isDisplayed());
        type("name", name);
        type("region", "Midden");
        type("city", city);
        type("venue", "Stadhuis");
        new Select(driver.findElement(By.id("group-weekday"))).selectByValue("thursday");
        new Select(driver.findElement(By.id("group-partOfDay"))).selectByValue("evening");
        type("capacity", "6");
        type("facilitator", "Ineke");
        type("facilitatorEmail", "ineke@example.org");
        type("latitude", Double.toString(lat));
        type("longitude", Double.toString(lon));
        driver.findElement(By.id("group-save")).click();
        waiting().withMessage(() -> "created; form says: " + driver.findElement(By.id("group-form-feedback")).getText())
                .until(d -> d.findElement(By.id("group-detail-feedback")).getText().contains("De groep is aangemaakt"));
        assertEquals(name, driver.findElement(By.tagName("h1")).getText());
        assertTrue(driver.getCurrentUrl().endsWith("/beheer/groep.html?id=" + groupIdByName(name)), "the address is the group's");
        return groupIdByName(name);
    }

    private static String groupIdByName(String name) {
        return server.client().query(b -> b.tableName(server.table()).indexName(Keys.GSI1)
                        .keyConditionExpression("gsi1pk = :p").expressionAttributeValues(Map.of(":p", s("GROUPS"))))
                .items().stream().filter(i -> name.equals(i.get("name").s())).findFirst().orElseThrow().get("id").s();
    }

    private static void addMember(String groupId) {
        String applicant = "m-" + UUID.randomUUID().toString().substring(0, 8);
        server.client().putItem(b -> b.tableName(server.table()).item(MembershipItems.toItem(
                new Membership(groupId, applicant, LocalDate.now().minusMonths(2), null))));
        server.client().updateItem(b -> b.tableName(server.table())
                .key(Map.of(Keys.PK, s("GROUP#" + groupId), Keys.SK, s("GROUP")))
                .updateExpression("SET memberCount = memberCount + :one").expressionAttributeValues(Map.of(":one", n(1))));
    }

    private static void shot(String name) throws Exception {
        for (int width : List.of(1280, 390)) {
            driver.manage().window().setSize(new Dimension(width, 900));
            long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
            driver.manage().window().setSize(new Dimension(width, (int) Math.min(height + 100, 6000)));
            Path file = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, SHOTS.resolve(name + "-" + width + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    private static void showGroup(String id) {
        driver.findElement(By.linkText(nameOf(id))).click();
        waiting().until(d -> d.findElement(By.id("group-detail")).isDisplayed()
                && d.findElement(By.tagName("h1")).getText().equals(nameOf(id)));
    }

    private static String nameOf(String id) {
        return server.client().getItem(b -> b.tableName(server.table())
                .key(Map.of(Keys.PK, s("GROUP#" + id), Keys.SK, s("GROUP")))).item().get("name").s();
    }

    private static void axeClean(String state) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        assertTrue(results.getViolations().isEmpty(), () -> state + ": " + results.getViolations().stream()
                .map(v -> v.getId() + ": " + v.getNodes().size() + " node(s)").toList());
    }

    @Test
    void aGroupCreatedInTheAdminPageShowsOnThePublicPageWithItsPlacesAndMapPoint() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String name = "Lelystad " + suffix;
        String id = createGroup(name, "Lelystad", 52.5185, 5.4714);
        axeClean("group detail after create");
        shot("admin-group-created");
        addMember(id);

        driver.get(server.url("/groepen.html"));
        WebElement group = waiting().until(d -> d.findElements(By.id("groep-" + id)).isEmpty() ? null
                : d.findElement(By.id("groep-" + id)));
        assertTrue(group.getText().contains("5 plaatsen vrij"), "capacity 6 minus 1 member: " + group.getText());
        assertTrue(group.getText().contains("donderdagavond"), group.getText());
        assertFalse(driver.getPageSource().contains("ineke@example.org"), "the facilitator's address is never public");
        assertFalse(driver.findElements(By.cssSelector("#group-map a[data-city='Lelystad']")).isEmpty(),
                "the map has a point for the new place");
        assertTrue(driver.findElement(By.id("groups-status")).getText().startsWith("Vrije plaatsen bijgewerkt"));
        axeClean("public groups page after refresh");
        shot("public-groups-live");
    }

    @Test
    void withoutScriptsTheSnapshotAndItsDateStayReadable() throws Exception {
        ChromeDriver plain = Browser.start(false);
        try {
            plain.get(server.url("/groepen.html"));
            String status = plain.findElement(By.id("groups-status")).getText();
            assertTrue(status.matches("Vrije plaatsen volgens de stand van \\d{1,2} [a-z]+ \\d{4}\\."), status);
            assertTrue(plain.findElements(By.cssSelector("li.group")).size() >= 10);
            assertTrue(plain.findElements(By.cssSelector("[data-places]")).stream()
                    .allMatch(b -> b.getText().matches("\\d+ plaats(en)? vrij|vol: .*")));
            Path file = plain.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, SHOTS.resolve("public-groups-nojs-1280.png"), StandardCopyOption.REPLACE_EXISTING);
        } finally {
            plain.quit();
        }
    }

    @Test
    void aMistakeIsNamedNextToTheFormAndNothingIsSaved() throws Exception {
        signIn();
        driver.findElement(By.id("group-new")).click();
        waiting().until(d -> d.findElement(By.id("group-form")).isDisplayed());
        type("capacity", "12");
        driver.findElement(By.id("group-save")).click();
        WebElement feedback = waiting().until(d -> d.findElement(By.id("group-form-feedback")).getText().isEmpty()
                ? null : d.findElement(By.id("group-form-feedback")));
        assertTrue(feedback.getText().contains("Vul de naam in."), feedback.getText());
        assertTrue(feedback.getText().contains("1 tot en met 9"), feedback.getText());
        assertEquals("group-form-feedback", driver.switchTo().activeElement().getDomAttribute("id"), "focus on the message");
        axeClean("group form with errors");
        shot("admin-group-form-error");
    }

    @Test
    void closingAGroupWithMembersIsRefusedAndAnEmptyGroupCloses() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String busy = createGroup("Amersfoort " + suffix, "Amersfoort", 52.1561, 5.3878);
        addMember(busy);
        signIn();
        waiting().until(d -> !d.findElements(By.cssSelector("#groups-body a")).isEmpty());
        showGroup(busy);
        driver.findElement(By.id("group-close")).click();
        assertTrue(driver.findElement(By.cssSelector(".ws-confirm__question")).getText().contains("nog 1 leden"));
        shot("admin-group-close-confirm");
        driver.findElement(By.cssSelector(".ws-confirm [data-confirm=yes]")).click();
        waiting().until(d -> d.findElement(By.id("group-detail-feedback")).getText().contains("Deze groep heeft nog deelnemers"));
        shot("admin-group-close-refused");

        String empty = createGroup("Hilversum " + suffix, "Hilversum", 52.2292, 5.1669);
        driver.findElement(By.id("group-close")).click();
        driver.findElement(By.cssSelector(".ws-confirm [data-confirm=yes]")).click();
        waiting().until(d -> d.findElement(By.id("group-detail-feedback")).getText().contains("De groep is gesloten"));
        driver.get(server.url("/groepen.html"));
        waiting().until(d -> d.findElement(By.id("groups-status")).getText().startsWith("Vrije plaatsen bijgewerkt"));
        assertTrue(driver.findElements(By.id("groep-" + empty)).isEmpty(), "a closed group is not public");
        assertFalse(driver.findElements(By.id("groep-" + busy)).isEmpty());
    }

    @Test
    void noPageScrollsSidewaysOnA390PixelScreen() {
        List<String> pages = List.of("/", "/hoe-werkt-het.html", "/methoden.html", "/groepen.html", "/aanmelden.html",
                "/privacy.html", "/toegankelijkheid.html", "/contact.html", "/en/", "/en/groups.html", "/en/methods.html",
                "/en/sign-up.html", "/en/how-it-works.html", "/beheer/", "/beheer/aanmeldingen.html", "/beheer/groepen.html",
                "/beheer/groep.html?id=utrecht-1", "/beheer/groep.html", "/beheer/matching.html", "/beheer/verslagen.html",
                "/beheer/handleiding.html");
        signIn();
        // A phone's screen: 390 CSS pixels wide, no scrollbar taking room.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            for (String page : pages) {
                driver.get(server.url(page));
                long width = (Long) driver.executeScript("return document.documentElement.scrollWidth");
                long viewport = (Long) driver.executeScript("return document.documentElement.clientWidth");
                Object widest = driver.executeScript("""
                        var out = [];
                        document.querySelectorAll('body *').forEach(function (e) {
                          var r = e.getBoundingClientRect();
                          if (r.right > document.documentElement.clientWidth + 0.5) { out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right)); }
                        });
                        return out.slice(0, 5).join(', ');""");
                assertTrue(width <= viewport, page + " is " + width + " px wide on a " + viewport + " px screen: " + widest);
            }
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}
