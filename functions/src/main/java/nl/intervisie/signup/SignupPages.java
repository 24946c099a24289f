package nl.intervisie.signup;

import nl.intervisie.http.FieldError;
import nl.intervisie.http.Language;
import nl.intervisie.http.Page;

import nl.intervisie.places.Places;

import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pages the sign-up function renders for a form sent without JavaScript, from the site's templates: the form
 * again with the values and messages (templates/signup-error.ftl, the same form macro as the static form pages) and
 * the confirmation (templates/signup-confirmation.ftl, the same text as the static thank-you pages). Only the
 * model is built here; the templates escape every value.
 */
final class SignupPages {
    static final String THANKS_NL = "/aanmelden/bedankt.html";
    static final String THANKS_EN = "/en/sign-up/thank-you.html";

    private final Page form = Page.of("signup-error.ftl");
    private final Page confirmation = Page.of("signup-confirmation.ftl");

    SignupPages() {
        if (Page.snapshotting()) {
            prime();
        }
    }

    /** Renders both pages once, so that a SnapStart snapshot holds Freemarker, the templates and the rendering code. */
    void prime() {
        formPage(Language.NL, Map.of(), List.of(new FieldError(SignupFields.NAME, "priming")));
        confirmationPage(Language.EN);
    }

    /** The form page with an error summary, each field's message, and the values sent. */
    String formPage(Language lang, Map<String, String> values, List<FieldError> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("lang", code(lang));
        model.put("values", values);
        model.put("errors", errors.stream().map(SignupPages::error).toList());
        model.put("municipalities", municipalities());
        return form.render(model);
    }

    /** The packaged municipalities as the form's suggestions (the static pages read site/data/municipalities.yaml). */
    static List<Map<String, String>> municipalities() {
        return Municipalities.NAMES;
    }

    private static final class Municipalities {
        static final List<Map<String, String>> NAMES = Places.netherlands().municipalities().stream()
                .map(m -> Map.of("name", m.name())).sorted(Comparator.comparing(m -> m.get("name"), Collator.getInstance(Locale.forLanguageTag("nl"))))
                .toList();
    }

    /** The "check your mail" page after a form sent without JavaScript (post/redirect/get). */
    String confirmationPage(Language lang) {
        return confirmation.render(Map.of("lang", code(lang)));
    }

    private static Map<String, String> error(FieldError e) {
        Map<String, String> error = new HashMap<>();
        if (e.field() != null) {
            error.put("field", e.field());
        }
        error.put("message", e.message());
        return error;
    }

    private static String code(Language lang) {
        return lang == Language.EN ? "en" : "nl";
    }
}
