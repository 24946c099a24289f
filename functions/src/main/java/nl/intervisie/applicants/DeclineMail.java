package nl.intervisie.applicants;

import nl.intervisie.http.Language;
import nl.intervisie.mail.Mail;
import nl.intervisie.mail.MailTemplates;

import java.util.HashMap;
import java.util.Map;

/**
 * The mail to a person whose application a coordinator declined, in the person's language (text:
 * templates/mail/{nl,en}/decline.ftl). It may carry the reason: a coordinator typed it, about a confirmed address (an
 * unconfirmed address gets no mail at all).
 */
final class DeclineMail {
    private DeclineMail() {
    }

    /**
     * @param replyTo whether replies reach the coordinators (the contact address is the Reply-To); else the contact page
     */
    static Mail of(Applicant a, String reason, String selfServiceUrl, String siteUrl, boolean replyTo) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", a.name());
        model.put("reference", a.reference());
        model.put("reason", quote(reason));
        model.put("selfServiceUrl", selfServiceUrl);
        model.put("siteUrl", siteUrl);
        model.put("replyTo", replyTo);
        return MailTemplates.render("decline", "en".equals(a.language()) ? Language.EN : Language.NL, model).to(a.email());
    }

    /** The reason set off as a quote: every line indented. */
    private static String quote(String text) {
        return "  " + text.strip().replace("\n", "\n  ");
    }
}
