package nl.intervisie.signup;

import nl.intervisie.applicants.Applicant;
import nl.intervisie.groups.Group;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The field names the form, the JSON body and the error messages share (one list, so they cannot drift). */
public final class SignupFields {
    public static final String NAME = "name";
    public static final String EMAIL = "email";
    public static final String ORGANISATION = "organisation";
    public static final String ROLE = "role";
    public static final String BASIC_TRAINING = "basicTraining";
    public static final String APPOINTED = "appointed";
    public static final String MODE = "mode";
    /** Free text ("9712 CP Groningen"): JSON only, from before the form asked municipality and postcode. */
    public static final String PLACE = "place";
    /** A municipality of the packaged list (its name, another name it goes by, or its CBS code). */
    public static final String MUNICIPALITY = "municipality";
    /** A Dutch postcode, "9712 CP" or "9712": used when the packaged data knows it (see Places.hasPostcodes). */
    public static final String POSTCODE = "postcode";
    public static final String REGION = "region";
    public static final String LANGUAGE = "language";
    /** Meeting slots the person can make ("tuesday-afternoon", see {@link #SLOTS}) or "any"; one per line in the form. */
    public static final String AVAILABILITY = "availability";
    public static final String AVOID = "avoid";
    public static final String REMARKS = "remarks";
    public static final String CONSENT = "consent";
    /** The language of the form itself (hidden field). */
    public static final String FORM_LANG = "lang";
    /** Honeypot: hidden from people, filled by naive bots. */
    public static final String HONEYPOT = "website";

    /** Every field a sign-up may carry, in form order. */
    public static final List<String> ALL = List.of(NAME, EMAIL, ORGANISATION, ROLE, BASIC_TRAINING, APPOINTED, MODE,
            MUNICIPALITY, POSTCODE, PLACE, REGION, LANGUAGE, AVAILABILITY, AVOID, REMARKS, CONSENT, FORM_LANG, HONEYPOT);

    public static final List<String> MODES = List.of("in-person", "online", "either");
    public static final List<String> REGIONS = List.of("Noord", "Oost", "Midden", "West", "Zuid");
    public static final List<String> LANGUAGES = List.of("nl", "en");

    /** Availability: any slot suits. */
    public static final String ANY = "any";
    /** The days the form offers (groups meet on working days); the JSON may name any day of the week. */
    public static final List<String> FORM_DAYS = Group.WEEKDAYS.subList(0, 5);
    /** Every slot a group can meet in: "{weekday}-{part of day}" ("monday-morning" … "sunday-evening"). */
    public static final List<String> SLOTS = Group.WEEKDAYS.stream()
            .flatMap(d -> Group.PARTS_OF_DAY.stream().map(p -> d + "-" + p)).toList();

    /**
     * The sign-up fields of a stored application, so the validator checks a change (self-service or a coordinator's
     * edit after the intake) as it checks a sign-up.
     */
    public static Map<String, String> of(Applicant a) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put(NAME, a.name());
        f.put(EMAIL, a.email());
        f.put(ORGANISATION, a.organisation());
        f.put(ROLE, a.role());
        f.put(BASIC_TRAINING, Boolean.toString(a.basicTrainingCompleted()));
        f.put(APPOINTED, Boolean.toString(a.formallyAppointed()));
        f.put(MODE, a.mode());
        f.put(MUNICIPALITY, a.location() == null ? "" : a.location().municipality());
        f.put(PLACE, a.place());
        f.put(REGION, a.region());
        f.put(LANGUAGE, a.language());
        f.put(AVAILABILITY, String.join("\n", a.availability()));
        f.put(AVOID, String.join("\n", a.avoid()));
        f.put(REMARKS, a.remarks());
        f.put(CONSENT, "true");
        return f;
    }

    private SignupFields() {
    }
}
