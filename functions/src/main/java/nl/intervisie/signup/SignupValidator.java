package nl.intervisie.signup;

import nl.intervisie.http.FieldError;
import nl.intervisie.http.Language;
import nl.intervisie.places.Place;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static nl.intervisie.signup.SignupFields.*;

/**
 * Checks a sign-up field by field and says, per field and in the form's language, what to change. Text is
 * normalised (NFC, trimmed, \n line breaks); control characters, invisible direction overrides and anything
 * that looks like markup are refused, so nothing hostile is stored or shown back.
 */
public final class SignupValidator {
    static final int MAX_NAME = 100;
    static final int MAX_EMAIL = 254;
    static final int MAX_ORGANISATION = 150;
    static final int MAX_ROLE = 100;
    static final int MAX_PLACE = 100;
    /** Every slot and "any", one per line, with room to spare; longer is not a list of slots. */
    static final int MAX_AVAILABILITY = 500;
    static final int MAX_AVOID = 1000;
    static final int MAX_AVOID_ENTRIES = 20;
    static final int MAX_REMARKS = 2000;

    /** A pragmatic address check: one @, no spaces, a dot in the domain, no quoting tricks. */
    private static final Pattern EMAIL_PATTERN = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.[A-Za-z]{2,63}$");
    /** What starts a tag, comment or processing instruction: "<b", "</", "<!", "<?". A lone "<" (as in "< 3") is fine. */
    private static final Pattern MARKUP = Pattern.compile("<[A-Za-z/!?]|&#|&[A-Za-z]+;");

    private SignupValidator() {
    }

    public record Result(SignupForm form, List<FieldError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** Validates the sent fields (missing ones count as empty); the form is null when there are errors. */
    public static Result validate(Map<String, String> fields, Language lang) {
        List<FieldError> errors = new ArrayList<>();
        Checker c = new Checker(fields, lang, errors);

        String name = c.line(NAME, MAX_NAME, true, "Vul je naam in.", "Enter your name.");
        String email = c.line(EMAIL, MAX_EMAIL, true, "Vul je e-mailadres op het werk in.", "Enter your work e-mail address.");
        if (email != null && !email.isEmpty() && !EMAIL_PATTERN.matcher(email).matches()) {
            c.error(EMAIL, "Vul een geldig e-mailadres in, zoals naam@organisatie.nl.",
                    "Enter a valid e-mail address, such as name@organisation.org.");
        }
        String organisation = c.line(ORGANISATION, MAX_ORGANISATION, true,
                "Vul je organisatie in (ministerie, dienst of agentschap).",
                "Enter your organisation (ministry, department or agency).");
        String role = c.line(ROLE, MAX_ROLE, true, "Vul je functie of rol in.", "Enter your job or role.");
        boolean basicTraining = c.checkbox(BASIC_TRAINING);
        boolean appointed = c.checkbox(APPOINTED);
        String mode = c.choice(MODE, MODES, "Kies hoe je wilt deelnemen: op locatie, online of allebei.",
                "Choose how you want to take part: in person, online or either.");
        String region = c.optionalChoice(REGION, REGIONS, "Kies een regio uit de lijst.", "Choose a region from the list.");
        Place location = mode == null || mode.equals("online") ? null : SignupPlace.locate(c);
        String language = c.choice(LANGUAGE, LANGUAGES, "Kies de taal van je groep: Nederlands of Engels.",
                "Choose the language of your group: Dutch or English.");
        List<String> availability = availability(c);
        List<String> avoid = avoid(c);
        String remarks = c.text(REMARKS, MAX_REMARKS);
        if (!c.checkbox(CONSENT)) {
            c.error(CONSENT, "Geef toestemming om je gegevens te gebruiken voor de indeling in een groep.",
                    "Agree to the use of your details for placing you in a group.");
        }
        if (!errors.isEmpty()) {
            return new Result(null, List.copyOf(errors));
        }
        return new Result(new SignupForm(name, email, organisation, role, basicTraining, appointed, mode,
                region == null ? "" : region, location, language, availability, avoid, remarks,
                lang == Language.EN ? "en" : "nl"), List.of());
    }

    /**
     * The slots the person can make, in the order given (their preference), one per line: "tuesday-afternoon" …, or
     * "any". "any" with other slots is "any" (ticking every box and "any" means the same). Required.
     */
    private static List<String> availability(Checker c) {
        String raw = c.fields.get(AVAILABILITY);
        if (raw != null && raw.length() > MAX_AVAILABILITY) {
            c.error(AVAILABILITY, "Kies dagdelen uit de lijst.", "Choose parts of the day from the list.");
            return List.of();
        }
        List<String> chosen = Arrays.stream(normalise(raw).split("\n")).map(String::strip)
                .map(v -> v.toLowerCase(Locale.ROOT)).filter(v -> !v.isEmpty()).distinct().toList();
        if (chosen.isEmpty()) {
            c.error(AVAILABILITY, "Kies minstens één dagdeel waarop je kunt, of ‘Elk dagdeel is goed’.",
                    "Choose at least one part of the day you can make, or ‘Any part of the day suits me’.");
            return List.of();
        }
        if (!chosen.stream().allMatch(v -> v.equals(ANY) || SLOTS.contains(v))) {
            c.error(AVAILABILITY, "Kies dagdelen uit de lijst, zoals dinsdagmiddag, of ‘Elk dagdeel is goed’.",
                    "Choose parts of the day from the list, such as Tuesday afternoon, or ‘Any part of the day suits me’.");
            return List.of();
        }
        return chosen.contains(ANY) ? List.of(ANY) : chosen;
    }

    /** The people or organisations not to be grouped with: one per line (or separated by ";"). */
    private static List<String> avoid(Checker c) {
        String avoidText = c.text(AVOID, MAX_AVOID);
        List<String> avoid = avoidText == null ? List.of() : Arrays.stream(avoidText.split("[\n;]"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (avoid.size() > MAX_AVOID_ENTRIES) {
            c.error(AVOID, "Noem hoogstens " + MAX_AVOID_ENTRIES + " personen of organisaties.",
                    "Name at most " + MAX_AVOID_ENTRIES + " people or organisations.");
        }
        return avoid;
    }

    /** Normalises one value: NFC, \r\n and \r to \n, trimmed. */
    static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        return Normalizer.normalize(raw, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /** Control characters (other than line breaks and tabs where allowed), invisible direction marks, broken text. */
    static boolean hasForbiddenCharacters(String value, boolean multiline) {
        return value.codePoints().anyMatch(cp -> {
            if (cp == '\n' || cp == '\t') {
                return !multiline;
            }
            if (cp == 0x200C || cp == 0x200D) {
                return false; // zero-width (non-)joiners belong to some scripts and emoji
            }
            int type = Character.getType(cp);
            return Character.isISOControl(cp) || type == Character.SURROGATE || type == Character.PRIVATE_USE
                    || type == Character.UNASSIGNED || type == Character.FORMAT || cp == 0xFFFD;
        });
    }

    static final class Checker {
        final Map<String, String> fields;
        private final Language lang;
        private final List<FieldError> errors;

        Checker(Map<String, String> fields, Language lang, List<FieldError> errors) {
            this.fields = fields;
            this.lang = lang;
            this.errors = errors;
        }

        void error(String field, String dutch, String english) {
            if (!hasError(field)) { // one message per field: the first problem is the one to fix
                errors.add(new FieldError(field, lang.pick(dutch, english)));
            }
        }

        boolean hasError(String field) {
            return errors.stream().anyMatch(e -> field.equals(e.field()));
        }

        /** A one-line text; null when refused. */
        String line(String field, int max, boolean required, String missingNl, String missingEn) {
            return checked(field, max, false, required, missingNl, missingEn);
        }

        /** A multi-line optional text; null when refused. */
        String text(String field, int max) {
            return checked(field, max, true, false, null, null);
        }

        private String checked(String field, int max, boolean multiline, boolean required, String missingNl, String missingEn) {
            String raw = fields.get(field);
            // Cheap guard before normalising: a value far over its limit is refused as it is.
            if (raw != null && raw.length() > max * 4) {
                tooLong(field, max);
                return null;
            }
            String value = normalise(raw);
            if (value.isEmpty()) {
                if (required) {
                    error(field, missingNl, missingEn);
                    return null;
                }
                return "";
            }
            if (value.codePointCount(0, value.length()) > max) {
                tooLong(field, max);
                return null;
            }
            if (hasForbiddenCharacters(value, multiline)) {
                error(field, "Gebruik alleen gewone tekst: dit veld bevat onzichtbare of besturingstekens.",
                        "Use plain text only: this field contains invisible or control characters.");
                return null;
            }
            if (MARKUP.matcher(value).find()) {
                error(field, "Gebruik geen HTML of code, alleen gewone tekst.", "Do not use HTML or code, only plain text.");
                return null;
            }
            return value;
        }

        private void tooLong(String field, int max) {
            error(field, "Gebruik hoogstens " + max + " tekens.", "Use at most " + max + " characters.");
        }

        boolean checkbox(String field) {
            String value = normalise(fields.get(field)).toLowerCase(Locale.ROOT);
            return value.equals("on") || value.equals("true") || value.equals("yes") || value.equals("1");
        }

        String choice(String field, List<String> options, String missingNl, String missingEn) {
            String value = normalise(fields.get(field));
            if (!options.contains(value)) {
                error(field, missingNl, missingEn);
                return null;
            }
            return value;
        }

        String optionalChoice(String field, List<String> options, String wrongNl, String wrongEn) {
            String value = normalise(fields.get(field));
            if (value.isEmpty()) {
                return "";
            }
            if (!options.contains(value)) {
                error(field, wrongNl, wrongEn);
                return null;
            }
            return value;
        }
    }
}
