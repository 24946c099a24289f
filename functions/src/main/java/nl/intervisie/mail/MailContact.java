package nl.intervisie.mail;

import nl.intervisie.store.Config;

import java.util.Map;

/**
 * What the shared "questions?" line of a mail (templates/mail/{lang}/contact.ftl) needs: whether replies reach the
 * coordinators (a contact address is set as Reply-To) and the site's address for its contact page.
 */
public record MailContact(boolean replyTo, String siteUrl) {
    /** From the settings: CONTACT_MAIL ({@link ContactAddress}) and SITE_URL. */
    public static MailContact standard() {
        return new MailContact(!ContactAddress.get().isBlank(), Config.get("SITE_URL", ""));
    }

    /** Adds replyTo and siteUrl to a mail's model. */
    public void addTo(Map<String, Object> model) {
        model.put("replyTo", replyTo);
        model.put("siteUrl", siteUrl);
    }
}
