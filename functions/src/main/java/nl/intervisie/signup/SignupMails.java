package nl.intervisie.signup;

import nl.intervisie.http.Language;
import nl.intervisie.mail.Mail;
import nl.intervisie.mail.MailTemplates;

import java.util.HashMap;
import java.util.Map;

/**
 * The sign-up e-mails (texts: templates/mail/{nl,en}/), in the language of the form. None of them holds anything a
 * sender typed (no name, no echo of a field): anyone can post the form with someone else's address, so these mails
 * go to an address nobody has confirmed, and must not carry a stranger's words from the network's sender. Only the
 * system's own words, links and reference number: the models below hold nothing else.
 */
final class SignupMails {
    private SignupMails() {
    }

    /** The one mail to a new, unconfirmed address: the link to confirm it. */
    static Mail confirmAddress(String to, boolean en, String confirmUrl, SignupService.Settings settings) {
        return render("confirm-address", en, settings, Map.of("confirmUrl", confirmUrl)).to(to);
    }

    /** To a confirmed address that is signed up again: nothing new stored; the self-service link to see or change. */
    static Mail alreadySignedUp(String to, boolean en, String selfServiceUrl, SignupService.Settings settings) {
        return render("already-signed-up", en, settings, Map.of("selfServiceUrl", selfServiceUrl)).to(to);
    }

    /** After the address is confirmed: the reference, what happens next, and the self-service link. */
    static Mail confirmed(String to, boolean en, String reference, boolean needsReview, String selfServiceUrl,
                          SignupService.Settings settings) {
        return render("confirmed", en, settings, Map.of("reference", reference, "needsReview", needsReview,
                "selfServiceUrl", selfServiceUrl)).to(to);
    }

    /** To the coordinators: the reference and status only; the details are on the admin page. */
    static Mail coordinatorNotice(String to, String reference, boolean needsReview, String siteUrl) {
        return MailTemplates.render("new-application", Language.NL,
                Map.of("reference", reference, "needsReview", needsReview, "siteUrl", siteUrl)).to(to);
    }

    /** To the coordinators when a person did something themselves (left a group, withdrew, erased their data). */
    static Mail selfServiceNotice(String to, String what, String reference, String siteUrl) {
        return MailTemplates.render("self-service-change", Language.NL,
                Map.of("what", what, "reference", reference, "siteUrl", siteUrl)).to(to);
    }

    private static MailTemplates.Text render(String name, boolean en, SignupService.Settings settings,
                                             Map<String, Object> fields) {
        Map<String, Object> model = new HashMap<>(fields);
        model.put("replyTo", settings.replyTo());
        model.put("siteUrl", settings.siteUrl());
        return MailTemplates.render(name, en ? Language.EN : Language.NL, model);
    }
}
