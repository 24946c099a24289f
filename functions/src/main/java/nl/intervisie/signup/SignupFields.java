package nl.intervisie.signup;

import java.util.List;

/** The field names the form, the JSON body and the error messages share (one list, so they cannot drift). */
public final class SignupFields {
    public static final String NAME = "name";
    public static final String EMAIL = "email";
    public static final String ORGANISATION = "organisation";
    public static final String ROLE = "role";
    public static final String BASIC_TRAINING = "basicTraining";
    public static final String APPOINTED = "appointed";
    public static final String MODE = "mode";
    public static final String PLACE = "place";
    public static final String REGION = "region";
    public static final String LANGUAGE = "language";
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
            PLACE, REGION, LANGUAGE, AVAILABILITY, AVOID, REMARKS, CONSENT, FORM_LANG, HONEYPOT);

    public static final List<String> MODES = List.of("in-person", "online", "either");
    public static final List<String> REGIONS = List.of("Noord", "Oost", "Midden", "West", "Zuid");
    public static final List<String> LANGUAGES = List.of("nl", "en");

    private SignupFields() {
    }
}
