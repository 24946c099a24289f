package nl.intervisie.signup;

import nl.intervisie.http.FieldError;
import nl.intervisie.http.Language;

import java.util.List;
import java.util.Map;

import static nl.intervisie.signup.Html.esc;
import static nl.intervisie.signup.SignupFields.*;

/**
 * The sign-up form's HTML, in one place. The static form pages (site/content/aanmelden/formulier.html and
 * site/content/en/sign-up/form.html) hold {@link #form} as rendered empty — a test keeps them identical — and the
 * function renders the same form again with the sender's values and messages when the form was sent without
 * JavaScript. Every value is escaped.
 */
public final class SignupPages {
    public static final String FORM_NL = "/aanmelden/formulier.html";
    public static final String FORM_EN = "/en/sign-up/form.html";
    public static final String THANKS_NL = "/aanmelden/bedankt.html";
    public static final String THANKS_EN = "/en/sign-up/thank-you.html";

    private SignupPages() {
    }

    /** The form with an error summary (when there are errors), each field's message, and the values sent. */
    public static String form(Language lang, Map<String, String> values, List<FieldError> errors) {
        boolean en = lang == Language.EN;
        StringBuilder h = new StringBuilder();
        h.append("<form class=\"signup-form\" method=\"post\" action=\"/api/signup").append(en ? "?lang=en" : "")
                .append("\" novalidate data-thanks=\"").append(en ? THANKS_EN : THANKS_NL).append("\">\n");
        h.append("<div class=\"error-summary\" role=\"region\" id=\"error-summary\" tabindex=\"-1\" aria-labelledby=\"error-summary-title\"")
                .append(errors.isEmpty() ? " hidden" : " autofocus").append(">\n")
                .append("<h2 id=\"error-summary-title\">").append(lang.pick("Er zijn fouten gevonden", "There is a problem"))
                .append("</h2>\n<ul>");
        for (FieldError e : errors) {
            if (e.field() == null) {
                h.append("<li>").append(esc(e.message())).append("</li>");
            } else {
                h.append("<li><a href=\"#").append(targetId(e.field())).append("\">").append(esc(e.message())).append("</a></li>");
            }
        }
        h.append("</ul>\n</div>\n");
        h.append("<p>").append(lang.pick("Velden met ‘(verplicht)’ moeten ingevuld worden; de andere mag je leeg laten.",
                "Fields marked ‘(required)’ must be filled in; you may leave the others empty.")).append("</p>\n");
        Form f = new Form(h, lang, values, errors);

        f.input(NAME, "text", lang.pick("Naam", "Name"), true, null, "name", SignupValidator.MAX_NAME);
        f.input(EMAIL, "email", lang.pick("E-mailadres op je werk", "Work e-mail address"), true,
                lang.pick("Hierheen sturen we de bevestiging.", "We send the confirmation here."), "email",
                SignupValidator.MAX_EMAIL);
        f.input(ORGANISATION, "text", lang.pick("Organisatie", "Organisation"), true,
                lang.pick("Ministerie, dienst of agentschap waar je werkt.", "The ministry, department or agency you work for."),
                "organization", SignupValidator.MAX_ORGANISATION);
        f.input(ROLE, "text", lang.pick("Functie of rol", "Job or role"), true,
                lang.pick("Bijvoorbeeld: vertrouwenspersoon integriteit.", "For example: confidential adviser for integrity."),
                "organization-title", SignupValidator.MAX_ROLE);

        h.append("<fieldset class=\"field\" id=\"field-conditions\">\n<legend>")
                .append(lang.pick("Voorwaarden (niet verplicht)", "Conditions (optional)")).append("</legend>\n")
                .append("<p class=\"hint\" id=\"conditions-hint\">").append(lang.pick(
                        "Kun je iets niet bevestigen? Meld je toch aan: een coördinator neemt dan eerst contact met je op voor een intakegesprek.",
                        "Cannot confirm one of these? Sign up anyway: a coordinator will first contact you for an intake conversation."))
                .append("</p>\n");
        f.checkbox(BASIC_TRAINING, lang.pick("Ik heb de basisopleiding vertrouwenspersonen afgerond.",
                "I have completed the basic training for confidential advisers."), "conditions-hint");
        f.checkbox(APPOINTED, lang.pick("Ik ben formeel benoemd als vertrouwenspersoon.",
                "I have been formally appointed as confidential adviser."), "conditions-hint");
        h.append("</fieldset>\n");

        f.radios(MODE, lang.pick("Hoe wil je deelnemen? (verplicht)", "How do you want to take part? (required)"), null,
                List.of("in-person", "online", "either"),
                List.of(lang.pick("Op locatie", "In person"), lang.pick("Online", "Online"),
                        lang.pick("Allebei goed", "Either is fine")), null);
        f.input(PLACE, "text", lang.pick("Postcode of plaats (niet verplicht)", "Postcode or town (optional)"), false,
                lang.pick("Voor een groep op locatie: vul een postcode of plaats in, of kies hieronder een regio.",
                        "For a group in person: enter a postcode or town, or choose a region below."),
                null, SignupValidator.MAX_PLACE);
        f.select(REGION, lang.pick("Regio (niet verplicht)", "Region (optional)"),
                lang.pick("Kies een regio", "Choose a region"), REGIONS);
        f.radios(LANGUAGE, lang.pick("In welke taal wil je intervisie? (verplicht)",
                        "In which language do you want intervision? (required)"),
                lang.pick("Er zijn ook Engelstalige online groepen, onder meer voor wie in het buitenland werkt.",
                        "There are English-language online groups, among others for staff posted abroad."),
                LANGUAGES, List.of(lang.pick("Nederlands", "Dutch"), lang.pick("Engels", "English")), en ? "en" : "nl");
        f.textarea(AVAILABILITY, lang.pick("Dagen of tijden die je goed uitkomen (niet verplicht)",
                        "Days or times that suit you (optional)"),
                lang.pick("Bijvoorbeeld: dinsdagmiddag, niet op vrijdag.", "For example: Tuesday afternoons, not on Fridays."),
                SignupValidator.MAX_AVAILABILITY, 3);
        f.textarea(AVOID, lang.pick("Mensen of organisaties waarmee je liever niet in een groep zit (niet verplicht)",
                        "People or organisations you would rather not share a group with (optional)"),
                lang.pick("In een groep moet je vrijuit kunnen spreken. Noem wie je liever niet tegenkomt, bijvoorbeeld "
                                + "door een werkrelatie of mogelijke belangenverstrengeling. Eén per regel. We gebruiken dit alleen voor de indeling.",
                        "In a group you must be able to speak freely. Name whom you would rather not meet there, for example "
                                + "because of a working relationship or a possible conflict of interest. One per line. We use this for placing you only."),
                SignupValidator.MAX_AVOID, 3);
        f.textarea(REMARKS, lang.pick("Opmerkingen (niet verplicht)", "Remarks (optional)"),
                lang.pick("Schrijf hier geen vertrouwelijke informatie over meldingen of casussen.",
                        "Do not write confidential information about reports or cases here."),
                SignupValidator.MAX_REMARKS, 4);

        String consentHint = lang.pick("Wat we met je gegevens doen en hoe lang we ze bewaren, staat in de "
                        + "<a href=\"/privacy.html\">privacyverklaring</a>.",
                "What we do with your details and how long we keep them is in the "
                        + "<a href=\"/en/privacy.html\">privacy statement</a>.");
        h.append("<div class=\"field").append(f.message(CONSENT) != null ? " field-invalid" : "")
                .append("\" id=\"field-consent\">\n<p class=\"hint\" id=\"consent-hint\">").append(consentHint).append("</p>\n");
        f.checkboxInner(CONSENT, lang.pick("Ik geef toestemming om mijn gegevens te gebruiken voor de indeling in een intervisiegroep (verplicht).",
                "I agree to the use of my details for placing me in an intervision group (required)."), "consent-hint");
        h.append("</div>\n");

        // Honeypot: hidden from view and from the tab order; people leave it empty, naive bots fill it.
        h.append("<div class=\"hp\">\n<label for=\"website\">").append(lang.pick("Laat dit veld leeg", "Leave this field empty"))
                .append("</label>\n<input id=\"website\" name=\"website\" type=\"text\" tabindex=\"-1\" autocomplete=\"off\" value=\"")
                .append(esc(values.get(HONEYPOT))).append("\">\n</div>\n");
        h.append("<input type=\"hidden\" name=\"lang\" value=\"").append(en ? "en" : "nl").append("\">\n");
        h.append("<input type=\"hidden\" name=\"elapsed\" value=\"\">\n");
        h.append("<button type=\"submit\" class=\"button\">").append(lang.pick("Aanmelding versturen", "Send sign-up"))
                .append("</button>\n</form>\n");
        return h.toString();
    }

    /** The id an error summary link jumps to: the field, or the first option of a group. */
    static String targetId(String field) {
        return switch (field) {
            case MODE -> "mode-in-person";
            case LANGUAGE -> "language-nl";
            default -> SignupFields.ALL.contains(field) ? field : "error-summary";
        };
    }

    /** The whole page the function shows when a form sent without JavaScript has errors. */
    public static String formPage(Language lang, Map<String, String> values, List<FieldError> errors) {
        String title = lang.pick("Fout: aanmelden voor intervisie", "Error: sign up for intervision");
        return page(lang, title, "<h1>" + lang.pick("Aanmelden voor intervisie", "Sign up for intervision") + "</h1>\n"
                + form(lang, values, errors));
    }

    /** The confirmation page the function shows after a form sent without JavaScript (post/redirect/get). */
    public static String confirmationPage(Language lang, String reference, boolean needsReview) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(lang.pick("Bedankt voor je aanmelding", "Thank you for signing up")).append("</h1>\n");
        b.append("<p class=\"reference\">").append(lang.pick("Je referentienummer is ", "Your reference number is "))
                .append("<strong>").append(esc(reference)).append("</strong>. ")
                .append(lang.pick("Noem het als je contact met ons opneemt. Je krijgt ook een bevestiging per e-mail.",
                        "Please mention it when you contact us. You also receive a confirmation by e-mail."))
                .append("</p>\n");
        if (needsReview) {
            b.append("<div class=\"notice\">\n<h2>").append(lang.pick("Eerst een intakegesprek", "First an intake conversation"))
                    .append("</h2>\n<p>").append(lang.pick(
                            "Je hebt niet allebei de voorwaarden bevestigd (basisopleiding afgerond en formeel benoemd). "
                                    + "Dat is geen afwijzing: een coördinator neemt contact met je op voor een intakegesprek, "
                                    + "om samen te kijken of en hoe je kunt deelnemen.",
                            "You did not confirm both conditions (basic training completed and formally appointed). "
                                    + "That is no rejection: a coordinator will contact you for an intake conversation, "
                                    + "to see together whether and how you can join."))
                    .append("</p>\n</div>\n");
        }
        b.append("<h2>").append(lang.pick("Wat gebeurt er nu?", "What happens next?")).append("</h2>\n<ol>\n<li>")
                .append(lang.pick("Een coördinator leest je aanmelding en nodigt je misschien uit voor een kort intakegesprek.",
                        "A coordinator reads your application and may invite you to a short intake conversation."))
                .append("</li>\n<li>")
                .append(lang.pick("We zoeken een groep die bij je past: taal, online of op locatie, regio, en zonder collega's uit je eigen organisatie.",
                        "We look for a group that suits you: language, online or in person, region, and without colleagues from your own organisation."))
                .append("</li>\n<li>")
                .append(lang.pick("Is er plaats, dan krijg je een e-mail met je groep en de data. Je schuift meestal aan bij de "
                                + "eerstvolgende bijeenkomst van die groep; groepen komen vier keer per jaar bij elkaar, dus reken op een "
                                + "paar weken tot drie maanden. Is er nog geen plaats, dan laten we je weten waarom en houden we je aanmelding aan.",
                        "When there is a place, you receive an e-mail with your group and the dates. You usually join at the next "
                                + "meeting of that group; groups meet four times a year, so expect a few weeks to three months. If there "
                                + "is no place yet, we tell you why and keep your application."))
                .append("</li>\n</ol>\n<p><a href=\"").append(lang == Language.EN ? "/en/" : "/").append("\">")
                .append(lang.pick("Terug naar de startpagina", "Back to the home page")).append("</a></p>\n");
        return page(lang, lang.pick("Bedankt voor je aanmelding", "Thank you for signing up"), b.toString());
    }

    /** A page in the site's look: its stylesheets and script, one main landmark, a skip link, the footer's links. */
    private static String page(Language lang, String title, String main) {
        boolean en = lang == Language.EN;
        String siteName = lang.pick("Intervisie voor vertrouwenspersonen", "Intervision for confidential advisers");
        return "<!DOCTYPE html>\n<html lang=\"" + (en ? "en" : "nl") + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"robots\" content=\"noindex, nofollow\">\n"
                + "<title>" + esc(title) + " | " + siteName + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"/css/site.css\">\n<link rel=\"stylesheet\" href=\"/css/form.css\">\n"
                + "<link rel=\"icon\" href=\"/img/favicon.svg\" type=\"image/svg+xml\">\n"
                + "<script src=\"/js/signup.js\" defer></script>\n</head>\n<body>\n"
                + "<a class=\"skip-link\" href=\"#inhoud\">" + lang.pick("Naar de inhoud", "Skip to content") + "</a>\n"
                + "<header class=\"site-header\">\n<div class=\"wrap\">\n<a class=\"site-name\" href=\"" + (en ? "/en/" : "/") + "\">" + siteName + "</a>\n"
                + "</div>\n</header>\n<main id=\"inhoud\" class=\"wrap\" tabindex=\"-1\">\n" + main + "</main>\n"
                + "<footer class=\"site-footer\">\n<div class=\"wrap\">\n<ul class=\"site-footer__list\">\n"
                + (en ? "<li><a href=\"/en/contact.html\">Contact</a></li>\n<li><a href=\"/en/privacy.html\">Privacy statement</a></li>\n"
                        + "<li><a href=\"/en/accessibility.html\">Accessibility</a></li>\n"
                      : "<li><a href=\"/contact.html\">Contact</a></li>\n<li><a href=\"/privacy.html\">Privacyverklaring</a></li>\n"
                        + "<li><a href=\"/toegankelijkheid.html\">Toegankelijkheidsverklaring</a></li>\n")
                + "</ul>\n<p>" + siteName + "</p>\n</div>\n</footer>\n"
                + "</body>\n</html>\n";
    }

    /** Writes the fields of one form, with each field's message and value. */
    private record Form(StringBuilder h, Language lang, Map<String, String> values, List<FieldError> errors) {
        String message(String field) {
            return errors.stream().filter(e -> field.equals(e.field())).map(FieldError::message).findFirst().orElse(null);
        }

        String value(String field) {
            String v = values.get(field);
            return v == null ? "" : v;
        }

        /** The error paragraph (when there is one) and the aria-describedby/aria-invalid attributes. */
        String open(String field, String hintId) {
            String message = message(field);
            if (message != null) {
                h.append("<p class=\"field-error\" id=\"").append(field).append("-error\">")
                        .append("<span class=\"visually-hidden\">").append(lang.pick("Fout: ", "Error: ")).append("</span>")
                        .append(esc(message)).append("</p>\n");
            }
            String described = (hintId == null ? "" : hintId) + (message != null ? (hintId == null ? "" : " ") + field + "-error" : "");
            return (described.isEmpty() ? "" : " aria-describedby=\"" + described + "\"") + (message != null ? " aria-invalid=\"true\"" : "");
        }

        void input(String field, String type, String label, boolean required, String hint, String autocomplete, int max) {
            String hintId = hint == null ? null : field + "-hint";
            h.append("<div class=\"field").append(message(field) != null ? " field-invalid" : "").append("\" id=\"field-").append(field).append("\">\n");
            h.append("<label for=\"").append(field).append("\">").append(label)
                    .append(required ? " " + lang.pick("(verplicht)", "(required)") : "").append("</label>\n");
            if (hint != null) {
                h.append("<p class=\"hint\" id=\"").append(hintId).append("\">").append(hint).append("</p>\n");
            }
            String attrs = open(field, hintId);
            h.append("<input id=\"").append(field).append("\" name=\"").append(field).append("\" type=\"").append(type)
                    .append("\" maxlength=\"").append(max).append("\"")
                    .append(autocomplete == null ? "" : " autocomplete=\"" + autocomplete + "\"")
                    .append(type.equals("email") ? " spellcheck=\"false\"" : "")
                    .append(required ? " required" : "").append(attrs)
                    .append(" value=\"").append(esc(value(field))).append("\">\n</div>\n");
        }

        void textarea(String field, String label, String hint, int max, int rows) {
            String hintId = field + "-hint";
            h.append("<div class=\"field").append(message(field) != null ? " field-invalid" : "").append("\" id=\"field-").append(field).append("\">\n");
            h.append("<label for=\"").append(field).append("\">").append(label).append("</label>\n");
            h.append("<p class=\"hint\" id=\"").append(hintId).append("\">").append(hint).append("</p>\n");
            String attrs = open(field, hintId);
            h.append("<textarea id=\"").append(field).append("\" name=\"").append(field).append("\" rows=\"").append(rows)
                    .append("\" maxlength=\"").append(max).append("\"").append(attrs).append(">")
                    .append(esc(value(field))).append("</textarea>\n</div>\n");
        }

        void select(String field, String label, String empty, List<String> options) {
            h.append("<div class=\"field").append(message(field) != null ? " field-invalid" : "").append("\" id=\"field-").append(field).append("\">\n");
            h.append("<label for=\"").append(field).append("\">").append(label).append("</label>\n");
            String attrs = open(field, null);
            h.append("<select id=\"").append(field).append("\" name=\"").append(field).append("\"").append(attrs).append(">\n");
            h.append("<option value=\"\">").append(empty).append("</option>\n");
            for (String option : options) {
                h.append("<option value=\"").append(option).append("\"").append(option.equals(value(field)) ? " selected" : "")
                        .append(">").append(option).append("</option>\n");
            }
            h.append("</select>\n</div>\n");
        }

        void radios(String field, String legend, String hint, List<String> options, List<String> labels, String preset) {
            String hintId = hint == null ? null : field + "-hint";
            h.append("<fieldset class=\"field").append(message(field) != null ? " field-invalid" : "").append("\" id=\"field-").append(field).append("\"");
            int mark = h.length();
            h.append(">\n<legend>").append(legend).append("</legend>\n");
            if (hint != null) {
                h.append("<p class=\"hint\" id=\"").append(hintId).append("\">").append(hint).append("</p>\n");
            }
            String attrs = open(field, hintId);
            h.insert(mark, attrs); // the group, not each option, is described by the hint and the message
            String chosen = values.containsKey(field) ? value(field) : preset;
            for (int i = 0; i < options.size(); i++) {
                String id = field + "-" + options.get(i);
                h.append("<div class=\"choice\">\n<input type=\"radio\" id=\"").append(id).append("\" name=\"").append(field)
                        .append("\" value=\"").append(options.get(i)).append("\"")
                        .append(options.get(i).equals(chosen) ? " checked" : "").append(">\n<label for=\"").append(id).append("\">")
                        .append(labels.get(i)).append("</label>\n</div>\n");
            }
            h.append("</fieldset>\n");
        }

        void checkbox(String field, String label, String hintId) {
            h.append("<div class=\"field").append(message(field) != null ? " field-invalid" : "").append("\" id=\"field-").append(field).append("\">\n");
            checkboxInner(field, label, hintId);
            h.append("</div>\n");
        }

        void checkboxInner(String field, String label, String hintId) {
            String attrs = open(field, hintId);
            String v = value(field);
            boolean checked = v.equals("on") || v.equals("true") || v.equals("yes") || v.equals("1");
            h.append("<div class=\"choice\">\n<input type=\"checkbox\" id=\"").append(field).append("\" name=\"").append(field)
                    .append("\" value=\"on\"").append(checked ? " checked" : "").append(attrs).append(">\n<label for=\"")
                    .append(field).append("\">").append(label).append("</label>\n</div>\n");
        }
    }
}
