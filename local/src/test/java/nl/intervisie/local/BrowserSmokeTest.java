package nl.intervisie.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The home page in a real browser: it renders, and the skip link leads to the main content. */
class BrowserSmokeTest {
    @RegisterExtension
    static final TestServer server = new TestServer();

    @Test
    void homePageRendersInChromium() {
        var driver = Browser.start(true);
        try {
            driver.get(server.url("/"));
            assertEquals("nl", driver.findElement(By.tagName("html")).getDomAttribute("lang"));
            assertEquals(1, driver.findElements(By.tagName("main")).size());
            assertTrue(driver.findElement(By.cssSelector("a.skip-link")).getDomAttribute("href").endsWith("#inhoud"));
        } finally {
            driver.quit();
        }
    }
}
