package nl.intervisie.mail;

import nl.intervisie.http.Language;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The mail templates: plain text (nothing escaped), one-line subjects whatever the model holds, both languages. */
class MailTemplatesTest {
    private static final Path MAIL = Path.of("..", "templates", "mail");

    @Test
    void textIsPlainAndNothingIsEscaped() {
        var text = MailTemplates.render("self-service-change", Language.NL, Map.of("what", "<b>groep & \"verlaten\"",
                "reference", "IV-1", "siteUrl", "https://s"));
        assertTrue(text.body().startsWith("Via de persoonlijke link is het volgende gedaan: <b>groep & \"verlaten\".\n\n"),
                text.body());
        assertEquals("Zelf gewijzigd: <b>groep & \"verlaten\" (IV-1)", text.subject());
        assertFalse(text.body().contains("&amp;") || text.body().contains("&lt;"), text.body());
        assertTrue(text.body().endsWith("https://s/beheer/index.html\n"), text.body());
    }

    @Test
    void aValueWithLineBreaksCannotSplitTheSubjectOrAddAHeader() {
        var text = MailTemplates.render("self-service-change", Language.NL, Map.of("what",
                "x\r\nBcc: victim@example.org\u2028\u0085Reply-To: evil@example.org", "reference", "IV-1", "siteUrl", "https://s"));
        assertEquals("Zelf gewijzigd: x Bcc: victim@example.org Reply-To: evil@example.org (IV-1)", text.subject());
        assertThrows(IllegalArgumentException.class, () -> new Mail("a@example.org", "two\nlines", "text"));
        assertThrows(IllegalArgumentException.class, () -> new Mail("a@example.org\r\nBcc: b@example.org", "s", "text"));
    }

    @Test
    void theContactLineSaysReplyOnlyWhenRepliesReachSomeone() {
        var reply = MailTemplates.render("confirm-address", Language.EN,
                Map.of("confirmUrl", "https://s/api/confirm/t", "replyTo", true, "siteUrl", "https://s"));
        assertTrue(reply.body().contains("Questions? Reply to this e-mail"), reply.body());
        var page = MailTemplates.render("confirm-address", Language.NL,
                Map.of("confirmUrl", "https://s/api/confirm/t", "replyTo", false, "siteUrl", "https://s"));
        assertTrue(page.body().contains("Vragen? Kijk op https://s/contact.html"), page.body());
        assertFalse(page.body().contains("Beantwoord"), page.body());
        assertTrue(page.body().startsWith("Goedendag,\n\n"), page.body());
    }

    @Test
    void everyMailToAPersonExistsInBothLanguages() throws IOException {
        List<String> dutch = names("nl");
        List<String> english = names("en");
        // Coordinator notices are Dutch only: the network's own coordinators.
        List<String> expectedEnglish = dutch.stream()
                .filter(n -> !n.equals("new-application.ftl") && !n.equals("self-service-change.ftl")).toList();
        assertEquals(expectedEnglish, english);
        assertTrue(dutch.contains("proof.ftl") && dutch.contains("confirmed.ftl"), dutch.toString());
        for (String lang : List.of("nl", "en")) {
            for (String name : names(lang)) {
                String source = Files.readString(MAIL.resolve(lang).resolve(name));
                assertFalse(source.contains("output_format"), name + ": the configuration makes mail/ plain text");
                assertTrue(name.equals("contact.ftl") || name.equals("meetings.ftl") || source.contains("<#assign subject>"),
                        name + " has a subject (the shared parts contact and meetings are included)");
            }
        }
    }

    private static List<String> names(String lang) throws IOException {
        try (Stream<Path> files = Files.list(MAIL.resolve(lang))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
