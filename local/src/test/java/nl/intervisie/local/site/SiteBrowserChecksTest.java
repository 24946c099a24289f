package nl.intervisie.local.site;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import nl.intervisie.local.Browser;
import nl.intervisie.local.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page of the built site in headless Chromium, served by the local server with its strict CSP:
 * 0 axe-core violations for WCAG 2.0/2.1 A and AA, every request the page made went to the site's own host,
 * and the console shows no errors (CSP violations and script errors show there).
 */
class SiteBrowserChecksTest {
    @RegisterExtension
    static final TestServer server = new TestServer();

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Test
    void everyPageHasNoAxeViolationsNoForeignRequestsAndNoConsoleErrors() {
        List<String> problems = new ArrayList<>();
        String ownHost = URI.create(server.url("/")).getAuthority();
        ChromeDriver driver = Browser.start(true);
        int pages = 0;
        try {
            for (Path page : BuiltSite.pages()) {
                String path = BuiltSite.urlPath(page);
                driver.get(server.url(path));
                pages++;
                Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
                for (Rule violation : results.getViolations()) {
                    problems.add(path + ": axe " + violation.getId() + " (" + violation.getHelp() + ") on "
                            + violation.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList());
                }
                if (results.getPasses().isEmpty()) {
                    problems.add(path + ": axe ran no checks");
                }
                @SuppressWarnings("unchecked")
                List<String> requested = (List<String>) ((JavascriptExecutor) driver).executeScript(
                        "return performance.getEntriesByType('resource').map(e => e.name)"
                                + ".concat(performance.getEntriesByType('navigation').map(e => e.name));");
                for (String url : requested) {
                    URI uri = URI.create(url);
                    if (uri.getScheme() != null && uri.getScheme().startsWith("http") && !ownHost.equals(uri.getAuthority())) {
                        problems.add(path + ": requested " + url);
                    }
                }
                for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
                    // Files the page links to are checked statically; an optional fetch that 404s (the admin
                    // page's config.json, which only the deploy writes) is not an error of the page.
                    if (entry.getLevel().intValue() >= Level.SEVERE.intValue()
                            && !entry.getMessage().contains("Failed to load resource")) {
                        problems.add(path + ": console error: " + entry.getMessage());
                    }
                }
            }
        } finally {
            driver.quit();
        }
        assertEquals(List.of(), problems);
        assertTrue(pages >= 5, "pages checked: " + pages);
    }
}
