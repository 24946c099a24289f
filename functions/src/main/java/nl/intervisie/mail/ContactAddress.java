package nl.intervisie.mail;

import nl.intervisie.store.Config;

/**
 * The network's contact address (CONTACT_MAIL, a template.yaml parameter): the Reply-To of every mail, so a reply
 * reaches a person. Empty when not set: then mails say where to find the contact page instead of "reply".
 */
public final class ContactAddress {
    private ContactAddress() {
    }

    public static String get() {
        return Config.get("CONTACT_MAIL", "");
    }
}
