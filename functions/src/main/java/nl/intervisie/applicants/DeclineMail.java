package nl.intervisie.applicants;

import nl.intervisie.mail.Mail;

/**
 * The mail to a person whose application a coordinator declined, in the person's language. It may carry the reason:
 * a coordinator typed it, about a confirmed address (an unconfirmed address gets no mail at all).
 */
final class DeclineMail {
    private DeclineMail() {
    }

    /**
     * @param replyTo whether replies reach the coordinators (the contact address is the Reply-To); else the contact page
     */
    static Mail of(Applicant a, String reason, String selfServiceUrl, String siteUrl, boolean replyTo) {
        boolean en = "en".equals(a.language());
        String contact = replyTo
                ? (en ? "Questions, or do you see it differently? Reply to this e-mail: it reaches the coordinators."
                : "Vragen, of zie je het anders? Beantwoord deze e-mail: je bericht komt bij de coördinatoren.")
                : (en ? "Questions? See " + siteUrl + "/en/contact.html" : "Vragen? Kijk op " + siteUrl + "/contact.html");
        if (en) {
            return new Mail(a.email(), "Your application for intervision (" + a.reference() + ")",
                    "Dear " + a.name() + ",\n\nThank you for your interest in an intervision group of the network. "
                            + "We have looked at your application carefully and, for now, we cannot offer you a place "
                            + "in a group.\n\nThe coordinator wrote:\n\n" + quote(reason) + "\n\n"
                            + "This is about this application, not about you as a professional. You are welcome to "
                            + "sign up again when things change.\n\nSee what we still keep about you, or erase it "
                            + "(link valid for 30 days):\n" + selfServiceUrl + "\n\n" + contact
                            + "\n\nKind regards,\nThe intervision coordinators\n");
        }
        return new Mail(a.email(), "Je aanmelding voor intervisie (" + a.reference() + ")",
                "Beste " + a.name() + ",\n\nDank je voor je belangstelling voor een intervisiegroep van het netwerk. "
                        + "We hebben je aanmelding zorgvuldig bekeken en kunnen je op dit moment geen plaats in een "
                        + "groep aanbieden.\n\nDe coördinator schreef:\n\n" + quote(reason) + "\n\n"
                        + "Dit gaat over deze aanmelding, niet over jou als vakgenoot. Verandert er iets, dan ben je "
                        + "van harte welkom om je opnieuw aan te melden.\n\nBekijk wat we nog van je bewaren, of laat "
                        + "het wissen (link 30 dagen geldig):\n" + selfServiceUrl + "\n\n" + contact
                        + "\n\nMet vriendelijke groet,\nDe coördinatoren intervisie\n");
    }

    private static String quote(String text) {
        return "  " + text.strip().replace("\n", "\n  ");
    }
}
