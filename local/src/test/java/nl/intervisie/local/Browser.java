package nl.intervisie.local;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.time.Duration;

/**
 * Debian's Chromium, headless, driven through Debian's ChromeDriver (no browser downloads: the machine cannot
 * fetch them). Flags keep Chromium from calling out to the internet.
 */
public final class Browser {
    private Browser() {
    }

    /** A new headless browser; close it with quit(). JavaScript can be switched off to test the no-JS path. */
    public static ChromeDriver start(boolean javascript) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File(System.getProperty("chromium.binary", "/usr/bin/chromium")));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1280,900", "--lang=nl");
        // Console messages (CSP violations, missing files) are read by the site checks.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        if (!javascript) {
            options.setExperimentalOption("prefs", java.util.Map.of(
                    "profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
