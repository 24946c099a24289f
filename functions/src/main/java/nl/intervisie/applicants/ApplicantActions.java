package nl.intervisie.applicants;

import nl.intervisie.audit.AuditLog;
import nl.intervisie.http.ApiException;
import nl.intervisie.http.Caller;
import nl.intervisie.http.FieldError;
import nl.intervisie.http.Language;
import nl.intervisie.http.Log;
import nl.intervisie.mail.Mailer;
import nl.intervisie.network.Calendar;
import nl.intervisie.signup.SignupFields;
import nl.intervisie.signup.SignupValidator;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * A coordinator's steps on one application: record the intake (its date and who held it, never what was said),
 * decline with a reason (the person is mailed, kindly, in their language), and edit the preferences agreed at the
 * intake. Every step is one conditional write, audited with ids only; a stale version is a 409 with nothing written.
 */
public final class ApplicantActions {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final int MAX_HELD_BY = 100;
    static final int MAX_REASON = 1000;

    /** Where the decline mail's links point and whether replies reach someone. */
    public record Settings(String siteUrl, boolean replyTo) {
    }

    private final ApplicantStore store;
    private final AuditLog audit;
    private final Mailer mailer;
    private final BiFunction<String, String, String> selfServiceUrl;
    private final Settings settings;
    private final Clock clock;

    /** @param selfServiceUrl (applicant id, language) → a fresh self-service link for a mail */
    public ApplicantActions(ApplicantStore store, AuditLog audit, Mailer mailer,
                            BiFunction<String, String, String> selfServiceUrl, Settings settings, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.mailer = mailer;
        this.selfServiceUrl = selfServiceUrl;
        this.settings = settings;
        this.clock = clock;
    }

    /** body: {"date": "yyyy-mm-dd", "by": "who held it", "version"?: n}. */
    public void intake(Caller caller, String id, Map<String, Object> body, Language lang) {
        applicant(id, lang);
        LocalDate date = intakeDate(body.get("date"), lang);
        String heldBy = line(body.get("by"), "by", MAX_HELD_BY, lang.pick("Vul in wie het intakegesprek voerde.",
                "Enter who held the intake conversation."), lang);
        Long version = version(body.get("version"), false, lang);
        check(store.recordIntake(id, date, heldBy, version, caller.username()), lang, lang.pick(
                "Een intake kan pas vastgelegd worden als het adres bevestigd is.",
                "An intake can be recorded only once the address is confirmed."));
        audit.record(caller, "applicant.intake", List.of(id));
    }

    /**
     * body: {"reason": "…", "version": n}. Declined; the person gets a mail with the reason unless their address was
     * never confirmed. Returns whether a mail went out.
     */
    public boolean decline(Caller caller, String id, Map<String, Object> body, Language lang) {
        Applicant a = applicant(id, lang);
        String reason = text(body.get("reason"), lang);
        long version = version(body.get("version"), true, lang);
        check(store.decline(id, version, reason, caller.username()), lang, lang.pick(
                "Afwijzen kan alleen bij een aanmelding die nog niet geplaatst is (en niet al afgewezen).",
                "Only an application that is not placed (nor declined already) can be declined."));
        audit.record(caller, "applicant.decline", List.of(id));
        if (a.status() == ApplicantStatus.UNCONFIRMED) {
            return false; // nobody confirmed this address: it gets no words typed by anyone
        }
        try {
            mailer.send(DeclineMail.of(a, reason, selfServiceUrl.apply(a.id(), a.language()), settings.siteUrl(),
                    settings.replyTo()));
            return true;
        } catch (RuntimeException e) {
            Log.warn("decline-mail-failed", "error", e.getClass().getSimpleName());
            return false;
        }
    }

    /**
     * body: {"mode", "municipality", "postcode", "region", "language", "availability" (list of slots), "avoid" (list
     * or lines), "remarks", "version"}: a field left out keeps its value; checked as the sign-up form checks them (an
     * older sign-up's free-text place and availability are not read: the coordinator chooses municipality and slots).
     */
    public void preferences(Caller caller, String id, Map<String, Object> body, Language lang) {
        Applicant a = applicant(id, lang);
        long version = version(body.get("version"), true, lang);
        Map<String, String> fields = SignupFields.of(a);
        fields.remove(SignupFields.PLACE); // the old free text stays as it was; a change gives municipality or postcode
        for (String name : List.of(SignupFields.MODE, SignupFields.MUNICIPALITY, SignupFields.POSTCODE,
                SignupFields.REGION, SignupFields.LANGUAGE, SignupFields.AVAILABILITY, SignupFields.AVOID,
                SignupFields.REMARKS)) {
            if (body.containsKey(name)) {
                fields.put(name, field(name, body.get(name), lang));
            }
        }
        SignupValidator.Result result = SignupValidator.validate(fields, lang);
        if (!result.valid()) {
            throw new ApiException(400, result.errors());
        }
        var f = result.form();
        Applicant changed = a.withPreferences(f.mode(), f.location(), f.region(), f.language(), f.availability())
                .withDetails(f.avoid(), f.remarks());
        check(store.editPreferences(changed, version, caller.username()), lang, lang.pick(
                "Voorkeuren wijzigen kan niet meer: deze persoon is vertrokken of afgewezen.",
                "Preferences can no longer be changed: this person left or was declined."));
        audit.record(caller, "applicant.preferences", List.of(id));
    }

    private Applicant applicant(String id, Language lang) {
        if (id == null || !ID.matcher(id).matches()) {
            throw notFound(lang);
        }
        return store.get(id).orElseThrow(() -> notFound(lang));
    }

    private static void check(ApplicantStore.StepResult result, Language lang, String notAllowed) {
        switch (result) {
            case DONE -> { }
            case NOT_FOUND -> throw notFound(lang);
            case NOT_ALLOWED -> throw new ApiException(409, List.of(new FieldError("status", notAllowed)));
            case STALE_VERSION -> throw new ApiException(409, List.of(new FieldError("version", lang.pick(
                    "De aanmelding is intussen gewijzigd; er is niets opgeslagen. Laad de gegevens opnieuw.",
                    "The application changed in the meantime; nothing was saved. Reload and try again."))));
        }
    }

    private static ApiException notFound(Language lang) {
        return new ApiException(404, lang.pick("Deze aanvrager bestaat niet (meer).", "This applicant does not exist (any more)."));
    }

    /** A JSON value as the form's text: strings as they are, the avoid list also as a list of strings. */
    private static String field(String name, Object value, Language lang) {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return s;
        }
        if ((SignupFields.AVOID.equals(name) || SignupFields.AVAILABILITY.equals(name)) && value instanceof List<?> list && list.stream().allMatch(x -> x instanceof String)) {
            return String.join("\n", list.stream().map(String.class::cast).toList());
        }
        throw new ApiException(400, List.of(new FieldError(name, lang.pick("Dit veld moet tekst zijn.",
                "This field must be text."))));
    }

    private LocalDate intakeDate(Object value, Language lang) {
        LocalDate date = null;
        if (value instanceof String text && DATE.matcher(text.strip()).matches()) {
            try {
                date = LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                // not a real date: the message below
            }
        }
        if (date == null) {
            throw new ApiException(400, List.of(new FieldError("date", lang.pick(
                    "Geef de datum van het intakegesprek als jjjj-mm-dd.", "Give the date of the intake as yyyy-mm-dd."))));
        }
        if (date.isAfter(Calendar.today(clock)) || date.getYear() < 2000) {
            throw new ApiException(400, List.of(new FieldError("date", lang.pick(
                    "De datum van het intakegesprek ligt in de toekomst (of vóór 2000); leg een intake vast als die gevoerd is.",
                    "The intake date is in the future (or before 2000); record an intake once it has taken place."))));
        }
        return date;
    }

    private static String line(Object value, String field, int max, String missing, Language lang) {
        if (!(value instanceof String s) || s.isBlank()) {
            throw new ApiException(400, List.of(new FieldError(field, missing)));
        }
        String v = s.strip();
        if (v.length() > max || v.contains("\n") || v.codePoints().anyMatch(Character::isISOControl)) {
            throw new ApiException(400, List.of(new FieldError(field, lang.pick(
                    "Gebruik één regel van hoogstens " + max + " tekens.", "Use one line of at most " + max + " characters."))));
        }
        return v;
    }

    private static String text(Object value, Language lang) {
        if (!(value instanceof String s) || s.isBlank()) {
            throw new ApiException(400, List.of(new FieldError("reason", lang.pick(
                    "Schrijf de reden op: de persoon krijgt die in een e-mail.",
                    "Write down the reason: the person receives it by e-mail."))));
        }
        String v = s.strip().replace("\r\n", "\n");
        if (v.length() > MAX_REASON || v.codePoints().anyMatch(cp -> Character.isISOControl(cp) && cp != '\n')) {
            throw new ApiException(400, List.of(new FieldError("reason", lang.pick(
                    "Gebruik hoogstens " + MAX_REASON + " tekens, zonder stuurtekens.",
                    "Use at most " + MAX_REASON + " characters, without control characters."))));
        }
        return v;
    }

    /** The version the coordinator saw: a whole number of 0 or more; required for edits that replace what was read. */
    public static Long version(Object value, boolean required, Language lang) {
        if (value == null && !required) {
            return null;
        }
        if (value instanceof Number number && !(value instanceof Double) && !(value instanceof Float)) {
            try {
                BigInteger big = new BigDecimal(number.toString()).toBigIntegerExact();
                if (big.signum() >= 0 && big.bitLength() < 63) {
                    return big.longValue();
                }
            } catch (ArithmeticException | NumberFormatException e) {
                // a fraction or something odd: the message below
            }
        }
        throw new ApiException(400, List.of(new FieldError("version", lang.pick(
                "Stuur de versie mee die je las (een geheel getal van 0 of meer).",
                "Send the version you read (a whole number, 0 or more)."))));
    }
}
