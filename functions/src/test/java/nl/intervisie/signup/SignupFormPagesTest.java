package nl.intervisie.signup;

import nl.intervisie.http.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The static form pages carry the form exactly as the function renders it empty, so the page people load and the
 * page they get back with errors cannot drift apart. After changing {@link SignupPages#form}, regenerate them:
 * {@code mvn -pl functions verify -Dtest=SignupFormPagesTest -Dsignup.regenerate=true}.
 */
class SignupFormPagesTest {
    static final String START = "<!-- signup-form:start -->\n";
    static final String END = "<!-- signup-form:end -->";

    @ParameterizedTest
    @CsvSource({"aanmelden/formulier.html, NL", "en/sign-up/form.html, EN"})
    void theStaticFormIsTheFunctionsForm(String page, Language lang) throws IOException {
        Path file = Path.of("..", "site", "content").resolve(page);
        String content = Files.readString(file, StandardCharsets.UTF_8);
        int start = content.indexOf(START);
        int end = content.indexOf(END);
        assertTrue(start >= 0 && end > start, "markers missing in " + file);
        String expected = SignupPages.form(lang, Map.of(), List.of());
        if (Boolean.getBoolean("signup.regenerate")) {
            content = content.substring(0, start + START.length()) + expected + content.substring(end);
            Files.writeString(file, content, StandardCharsets.UTF_8);
            end = content.indexOf(END);
        }
        assertEquals(expected, content.substring(start + START.length(), end),
                "regenerate with -Dsignup.regenerate=true (see this test's comment)");
    }
}
