package nl.intervisie.http;

/** The two languages of the site. Dutch unless the caller clearly asks for English. */
public enum Language {
    NL, EN;

    /** From an Accept-Language header or a form's "lang" field: "en", "en-GB", "en;q=0.9,nl" → EN. */
    public static Language of(String value) {
        if (value == null) {
            return NL;
        }
        String first = value.strip().toLowerCase(java.util.Locale.ROOT);
        return first.startsWith("en") ? EN : NL;
    }

    public String pick(String dutch, String english) {
        return this == EN ? english : dutch;
    }
}
