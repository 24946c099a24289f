package nl.intervisie.local;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The deployed sign-in path of the admin page, as far as it runs without Cognito: with /beheer/config.json present
 * the page offers the hosted UI instead of the token field, sends the browser there with an authorization-code
 * request carrying a PKCE S256 challenge of a secret verifier, and refuses a return whose state it did not issue.
 */
class AdminCognitoSignInTest {
    /** A copy of the built site, so the deployed sign-in settings added below reach no other test class. */
    private static final Path SITE = TestServer.copyOfSite();

    @RegisterExtension
    static final TestServer server = new TestServer(SITE);

    @BeforeAll
    static void writeConfig() throws Exception {
        Files.writeString(SITE.resolve("beheer/config.json"), "{\"hostedUiDomain\":\"" + server.url("/fake-cognito")
                + "\",\"clientId\":\"client-123\",\"redirectUri\":\"" + server.url("/beheer/") + "\"}");
    }

    private static Map<String, String> query(String url) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    @Test
    void signInGoesToTheHostedUiWithPkceAndAForeignReturnIsRefused() throws Exception {
        var driver = Browser.start(true);
        try {
            var wait = new WebDriverWait(driver, Duration.ofSeconds(15));
            driver.get(server.url("/beheer/"));
            wait.until(d -> d.findElement(By.id("signin-cognito-button")).isDisplayed());
            assertFalse(driver.findElement(By.id("token")).isDisplayed(), "no token field when deployed");

            driver.findElement(By.id("signin-cognito-button")).click();
            wait.until(d -> d.getCurrentUrl().contains("/fake-cognito/oauth2/authorize"));
            Map<String, String> params = query(driver.getCurrentUrl());
            assertEquals("code", params.get("response_type"));
            assertEquals("client-123", params.get("client_id"));
            assertEquals(server.url("/beheer/"), params.get("redirect_uri"));
            assertEquals("S256", params.get("code_challenge_method"));
            assertTrue(params.get("scope").contains("openid"));

            // The verifier stays in this tab's sessionStorage; the challenge is its SHA-256, base64url.
            driver.get(server.url("/beheer/index.html?ignored=1"));
            String saved = (String) driver.executeScript("return sessionStorage.getItem('intervisie.admin.pkce');");
            String verifier = saved.replaceAll(".*\"verifier\":\"([^\"]+)\".*", "$1");
            String state = saved.replaceAll(".*\"state\":\"([^\"]+)\".*", "$1");
            assertTrue(verifier.length() >= 43, "a verifier of at least 43 characters (RFC 7636)");
            String expected = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
            assertEquals(expected, params.get("code_challenge"));
            assertEquals(state, params.get("state"));

            driver.get(server.url("/beheer/?code=stolen-code&state=not-the-one-issued"));
            wait.until(d -> !d.findElement(By.id("signin-feedback")).getText().isEmpty());
            assertTrue(driver.findElement(By.id("signin-feedback")).getText().contains("niet gelukt"));
            assertFalse(driver.getCurrentUrl().contains("code="), "the code is removed from the address bar");
            assertFalse(driver.findElement(By.id("work")).isDisplayed());
        } finally {
            driver.quit();
        }
    }

    @Test
    void signingInOnAnotherWorkspacePageReturnsThroughTheOneRegisteredAddressAndRemembersThePage() {
        var driver = Browser.start(true);
        try {
            var wait = new WebDriverWait(driver, Duration.ofSeconds(15));
            driver.get(server.url("/beheer/groepen.html"));
            wait.until(d -> d.findElement(By.id("signin-cognito-button")).isDisplayed());
            driver.findElement(By.id("signin-cognito-button")).click();
            wait.until(d -> d.getCurrentUrl().contains("/fake-cognito/oauth2/authorize"));
            assertEquals(server.url("/beheer/"), query(driver.getCurrentUrl()).get("redirect_uri"),
                    "Cognito only returns to the address registered for the client");
            driver.get(server.url("/beheer/index.html?ignored=1"));
            String saved = (String) driver.executeScript("return sessionStorage.getItem('intervisie.admin.pkce');");
            assertTrue(saved.contains("\"back\":\"/beheer/groepen.html\""), "the page to go on to: " + saved);
        } finally {
            driver.quit();
        }
    }
}
