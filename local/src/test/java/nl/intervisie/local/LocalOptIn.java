package nl.intervisie.local;

import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.DynamoApplicantStore;
import nl.intervisie.mail.Outbox;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Confirming a sign-up as its address's owner would: the link from the local outbox, then the page's button. */
final class LocalOptIn {
    private static final Pattern LINK = Pattern.compile("http://localhost:\\d+(/api/(?:confirm|me)/[A-Za-z0-9._-]+(?:\\?lang=(?:en|nl))?)");

    private LocalOptIn() {
    }

    /** The path of the newest link of this kind ("confirm" or "me") mailed to the address. */
    static String link(String email, String kind) {
        for (Outbox.Sent sent : Outbox.shared().messages()) {
            if (sent.mail().to().equalsIgnoreCase(email)) {
                Matcher m = LINK.matcher(sent.mail().text());
                while (m.find()) {
                    if (m.group(1).startsWith("/api/" + kind + "/")) {
                        return m.group(1);
                    }
                }
            }
        }
        throw new AssertionError("no " + kind + " link mailed to " + email);
    }

    /** Presses the confirmation page's button (a POST to the link) and returns the confirmed application. */
    static Applicant confirm(TestServer server, String email) {
        var response = server.send(HttpRequest.newBuilder(URI.create(server.url(link(email, "confirm"))))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, response.statusCode(), response.body());
        return new DynamoApplicantStore(server.client(), server.table()).byEmail(email).orElseThrow();
    }
}
