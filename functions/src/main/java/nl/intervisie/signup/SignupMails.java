package nl.intervisie.signup;

import nl.intervisie.mail.Mail;

/**
 * The texts of the sign-up e-mails, plain text, in the language of the form. None of them holds anything a sender
 * typed (no name, no echo of a field): anyone can post the form with someone else's address, so these mails go to
 * an address nobody has confirmed, and must not carry a stranger's words from the network's sender. Only the
 * system's own words, links and reference number.
 */
final class SignupMails {
    private SignupMails() {
    }

    /** How a reader reaches a person: replying (when the contact address is set as Reply-To) or the contact page. */
    static String contact(boolean en, boolean replyTo, String siteUrl) {
        if (replyTo) {
            return en ? "Questions? Reply to this e-mail: it reaches the coordinators."
                    : "Vragen? Beantwoord deze e-mail: je bericht komt bij de coördinatoren.";
        }
        return en ? "Questions? See " + siteUrl + "/en/contact.html" : "Vragen? Kijk op " + siteUrl + "/contact.html";
    }

    /** The one mail to a new, unconfirmed address: the link to confirm it. */
    static Mail confirmAddress(String to, boolean en, String confirmUrl, String contact) {
        if (en) {
            return new Mail(to, "Please confirm your sign-up for intervision",
                    "Hello,\n\nSomeone signed up for an intervision group of the network with this e-mail address. "
                            + "If that was you, please confirm your address (the link works for 48 hours):\n\n"
                            + confirmUrl + "\n\nOnly after you confirm do we take your application into account.\n\n"
                            + "Not you? Then ignore this e-mail: without a confirmation, the details are deleted "
                            + "within 48 hours and you will not hear from us again.\n\n" + contact + "\n");
        }
        return new Mail(to, "Bevestig je aanmelding voor intervisie",
                "Goedendag,\n\nMet dit e-mailadres is iemand aangemeld voor een intervisiegroep van het netwerk. "
                        + "Was jij dat? Bevestig dan je adres (de link werkt 48 uur):\n\n"
                        + confirmUrl + "\n\nPas na je bevestiging nemen we je aanmelding in behandeling.\n\n"
                        + "Was jij het niet? Negeer dan deze e-mail: zonder bevestiging worden de gegevens binnen "
                        + "48 uur gewist en hoor je niets meer van ons.\n\n" + contact + "\n");
    }

    /** To a confirmed address that is signed up again: nothing new stored; the self-service link to see or change. */
    static Mail alreadySignedUp(String to, boolean en, String selfServiceUrl, String contact) {
        if (en) {
            return new Mail(to, "Your sign-up for intervision",
                    "Hello,\n\nWe received a new sign-up with this e-mail address. You had already signed up, so we "
                            + "kept your application and did not store the new one.\n\n"
                            + "See what we store about you, change it or withdraw (link valid for 30 days):\n"
                            + selfServiceUrl + "\n\nNot you? Then ignore this e-mail: nothing changed.\n\n"
                            + contact + "\n");
        }
        return new Mail(to, "Je aanmelding voor intervisie",
                "Goedendag,\n\nWe kregen opnieuw een aanmelding met dit e-mailadres. Je was al aangemeld, dus we "
                        + "houden je aanmelding aan en hebben de nieuwe niet opgeslagen.\n\n"
                        + "Bekijk wat we van je bewaren, wijzig het of meld je af (link 30 dagen geldig):\n"
                        + selfServiceUrl + "\n\nWas jij het niet? Negeer dan deze e-mail: er is niets veranderd.\n\n"
                        + contact + "\n");
    }

    /** After the address is confirmed: the reference, what happens next, and the self-service link. */
    static Mail confirmed(String to, boolean en, String reference, boolean needsReview, String selfServiceUrl,
                          String contact) {
        StringBuilder text = new StringBuilder();
        if (en) {
            text.append("Hello,\n\nThank you: your address is confirmed and your application is in. Your reference ")
                    .append("number is ").append(reference).append(".\n\n");
            if (needsReview) {
                text.append("You did not confirm both conditions (basic training completed and formally appointed). "
                        + "That is no rejection: a coordinator will contact you for an intake conversation.\n\n");
            }
            text.append("What happens next\n- A coordinator reads your application and may invite you to a short intake ")
                    .append("conversation.\n- We look for a group that suits you. When there is a place, you receive an ")
                    .append("e-mail with your group.\n\nSee what we store about you, change your preferences or withdraw ")
                    .append("(link valid for 30 days):\n").append(selfServiceUrl).append("\n\n").append(contact).append("\n");
            return new Mail(to, "Your sign-up for intervision is confirmed (" + reference + ")", text.toString());
        }
        text.append("Goedendag,\n\nDank je: je adres is bevestigd en je aanmelding is binnen. Je referentienummer is ")
                .append(reference).append(".\n\n");
        if (needsReview) {
            text.append("Je hebt niet allebei de voorwaarden bevestigd (basisopleiding afgerond en formeel benoemd). "
                    + "Dat is geen afwijzing: een coördinator neemt contact met je op voor een intakegesprek.\n\n");
        }
        text.append("Wat gebeurt er nu?\n- Een coördinator leest je aanmelding en nodigt je misschien uit voor een kort ")
                .append("intakegesprek.\n- We zoeken een groep die bij je past. Is er plaats, dan krijg je een e-mail ")
                .append("met je groep.\n\nBekijk wat we van je bewaren, wijzig je voorkeuren of meld je af (link 30 dagen ")
                .append("geldig):\n").append(selfServiceUrl).append("\n\n").append(contact).append("\n");
        return new Mail(to, "Je aanmelding voor intervisie is bevestigd (" + reference + ")", text.toString());
    }

    /** To the coordinators: the reference and status only; the details are on the admin page. */
    static Mail coordinatorNotice(String to, String reference, boolean needsReview, String siteUrl) {
        String status = needsReview ? "intake nodig (voorwaarden niet allebei bevestigd)" : "wacht op plaatsing";
        return new Mail(to, "Nieuwe aanmelding " + reference,
                "Er is een nieuwe, bevestigde aanmelding binnengekomen.\n\nReferentie: " + reference + "\nStatus: "
                        + status + "\n\nDe gegevens staan op de beheerpagina: " + siteUrl + "/beheer/index.html\n");
    }

    /** To the coordinators when a person did something themselves (left a group, withdrew, erased their data). */
    static Mail selfServiceNotice(String to, String what, String reference, String siteUrl) {
        return new Mail(to, "Zelf gewijzigd: " + what + " (" + reference + ")",
                "Via de persoonlijke link is het volgende gedaan: " + what + ".\n\nReferentie: " + reference
                        + "\n\nWat er nog bewaard is (na intrekken of wissen: niets), staat op de beheerpagina: "
                        + siteUrl + "/beheer/index.html\n");
    }
}
