package nl.intervisie.signup;

import nl.intervisie.mail.Mail;

/** The texts of the sign-up e-mails (plain text; the applicant's in the language of the form they used). */
final class SignupMails {
    private SignupMails() {
    }

    static Mail confirmation(SignupForm form, String reference, boolean needsReview) {
        boolean en = "en".equals(form.formLanguage());
        StringBuilder text = new StringBuilder();
        if (en) {
            text.append("Dear ").append(form.name()).append(",\n\n")
                    .append("Thank you for signing up for an intervision group. Your reference number is ")
                    .append(reference).append(". Please mention it when you contact us.\n\n");
            if (needsReview) {
                text.append("You did not confirm both conditions (basic training completed and formally appointed as "
                        + "confidential adviser). That is no rejection: a coordinator will contact you for an intake "
                        + "conversation to see whether and how you can join.\n\n");
            }
            text.append("What happens next\n")
                    .append("- A coordinator reads your application and may invite you to a short intake conversation.\n")
                    .append("- We look for a group that suits you: language, online or in person, region, and no "
                            + "colleagues from your own organisation or people you asked to avoid.\n")
                    .append("- When a place is free, you receive an e-mail with the group and its meeting dates. "
                            + "Groups meet four times a year.\n\n")
                    .append("If you did not sign up yourself, you can ignore this message.\n");
            return new Mail(form.email(), "Your sign-up for intervision (" + reference + ")", text.toString());
        }
        text.append("Beste ").append(form.name()).append(",\n\n")
                .append("Bedankt voor je aanmelding voor een intervisiegroep. Je referentienummer is ")
                .append(reference).append(". Noem het als je contact met ons opneemt.\n\n");
        if (needsReview) {
            text.append("Je hebt niet allebei de voorwaarden bevestigd (basisopleiding afgerond en formeel benoemd "
                    + "als vertrouwenspersoon). Dat is geen afwijzing: een coördinator neemt contact met je op voor "
                    + "een intakegesprek, om te kijken of en hoe je kunt deelnemen.\n\n");
        }
        text.append("Wat gebeurt er nu?\n")
                .append("- Een coördinator leest je aanmelding en nodigt je misschien uit voor een kort intakegesprek.\n")
                .append("- We zoeken een groep die bij je past: taal, online of op locatie, regio, en zonder collega's "
                        + "uit je eigen organisatie of mensen die je liever niet tegenkomt.\n")
                .append("- Is er plaats, dan krijg je een e-mail met de groep en de data van de bijeenkomsten. "
                        + "Groepen komen vier keer per jaar bij elkaar.\n\n")
                .append("Heb je je niet zelf aangemeld? Dan kun je dit bericht negeren.\n");
        return new Mail(form.email(), "Je aanmelding voor intervisie (" + reference + ")", text.toString());
    }

    /** To an address that already has an application: says so, without storing anything new. */
    static Mail alreadySignedUp(SignupForm form) {
        if ("en".equals(form.formLanguage())) {
            return new Mail(form.email(), "Your sign-up for intervision",
                    "Dear " + form.name() + ",\n\nWe received a new sign-up with this e-mail address, but you had "
                            + "already signed up before, so we kept your earlier application and did not store this "
                            + "one. To change something, reply to this message.\n\n"
                            + "If you did not sign up yourself, you can ignore this message.\n");
        }
        return new Mail(form.email(), "Je aanmelding voor intervisie",
                "Beste " + form.name() + ",\n\nWe kregen opnieuw een aanmelding met dit e-mailadres. Je had je al "
                        + "eerder aangemeld, dus we houden je eerdere aanmelding aan en hebben deze niet opgeslagen. "
                        + "Wil je iets wijzigen? Beantwoord dan dit bericht.\n\n"
                        + "Heb je je niet zelf aangemeld? Dan kun je dit bericht negeren.\n");
    }

    /** To the coordinators: the reference and status only; the details are on the admin page. */
    static Mail coordinatorNotice(String to, String reference, boolean needsReview, String siteUrl) {
        String status = needsReview ? "intake nodig (voorwaarden niet allebei bevestigd)" : "wacht op plaatsing";
        return new Mail(to, "Nieuwe aanmelding " + reference,
                "Er is een nieuwe aanmelding binnengekomen.\n\nReferentie: " + reference + "\nStatus: " + status
                        + "\n\nDe gegevens staan op de beheerpagina: " + siteUrl + "/beheer/index.html\n");
    }
}
