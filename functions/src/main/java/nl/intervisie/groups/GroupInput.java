package nl.intervisie.groups;

import nl.intervisie.http.ApiException;
import nl.intervisie.http.FieldError;
import nl.intervisie.http.Language;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A group as a coordinator sends it (POST/PUT /api/admin/groups): checks every field and names each mistake in
 * the caller's language, so bad input is a 400 with a message and never half a record.
 */
final class GroupInput {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}@._+-]{1,128}");

    private final Map<String, Object> body;
    private final Language lang;
    private final List<FieldError> errors = new ArrayList<>();

    private GroupInput(Map<String, Object> body, Language lang) {
        this.body = body;
        this.lang = lang;
    }

    /** The group described by the body, with this id; 400 listing every field that is wrong. */
    static Group parse(String id, Map<String, Object> body, Language lang) {
        GroupInput in = new GroupInput(body, lang);
        Group g = new Group(id,
                in.text("name", 80, "de naam", "the name"),
                in.text("region", 40, "de regio", "the region"),
                in.text("city", 60, "de plaats", "the city"),
                in.text("venue", 80, "de locatie", "the venue"),
                in.choice("weekday", Group.WEEKDAYS, "Kies een dag: monday … sunday.", "Choose a day: monday … sunday."),
                in.choice("partOfDay", Group.PARTS_OF_DAY, "Kies een dagdeel: morning, afternoon of evening.",
                        "Choose a part of day: morning, afternoon or evening."),
                in.text("frequency", 60, "hoe vaak de groep samenkomt", "how often the group meets"),
                in.choice("language", List.of("nl", "en"), "Kies de taal: nl of en.", "Choose the language: nl or en."),
                in.choice("mode", List.of("in-person", "online"), "Kies op locatie (in-person) of online.",
                        "Choose in-person or online."),
                in.text("facilitator", 40, "de voornaam van de begeleider", "the facilitator's first name"),
                in.email(), in.username(), in.capacity(),
                in.coordinate("latitude", 50.7, 53.6), in.coordinate("longitude", 3.3, 7.3),
                body.get("status") == null ? "open"
                        : in.choice("status", Group.STATUSES, "Kies een status: open, full of closed.",
                        "Choose a status: open, full or closed."));
        if (!in.errors.isEmpty()) {
            throw new ApiException(400, in.errors);
        }
        return g;
    }

    private String text(String field, int max, String nl, String en) {
        Object value = body.get(field);
        String text = value instanceof String s ? s.strip() : null;
        if (text == null || text.isEmpty()) {
            fail(field, "Vul " + nl + " in.", "Fill in " + en + ".");
        } else if (text.length() > max || text.chars().anyMatch(Character::isISOControl)) {
            fail(field, "Gebruik voor " + nl + " hoogstens " + max + " tekens, zonder regeleinden.",
                    "Use at most " + max + " characters for " + en + ", without line breaks.");
        }
        return text;
    }

    private String choice(String field, List<String> allowed, String nl, String en) {
        Object value = body.get(field);
        if (!(value instanceof String s) || !allowed.contains(s)) {
            fail(field, nl, en);
            return null;
        }
        return s;
    }

    private String email() {
        Object value = body.get("facilitatorEmail");
        if (value == null || "".equals(value)) {
            return null;
        }
        if (!(value instanceof String s) || s.length() > 254 || !EMAIL.matcher(s.strip()).matches()) {
            fail("facilitatorEmail", "Dit e-mailadres van de begeleider klopt niet.",
                    "This facilitator e-mail address is not valid.");
            return null;
        }
        return s.strip();
    }

    private String username() {
        Object value = body.get("facilitatorUsername");
        if (value == null || "".equals(value)) {
            return null;
        }
        if (!(value instanceof String s) || !USERNAME.matcher(s.strip()).matches()) {
            fail("facilitatorUsername", "De gebruikersnaam van de begeleider mag letters, cijfers en @._+- bevatten.",
                    "The facilitator's username may contain letters, digits and @._+-.");
            return null;
        }
        return s.strip();
    }

    private int capacity() {
        Object value = body.get("capacity");
        if (value instanceof Number n && isWhole(n) && n.longValue() >= 1 && n.longValue() <= Group.MAX_CAPACITY) {
            return n.intValue();
        }
        fail("capacity", "Geef het aantal plaatsen als geheel getal van 1 tot en met " + Group.MAX_CAPACITY + ".",
                "Give the number of places as a whole number from 1 to " + Group.MAX_CAPACITY + ".");
        return 0;
    }

    private double coordinate(String field, double min, double max) {
        Object value = body.get(field);
        if (value instanceof Number n && n.doubleValue() >= min && n.doubleValue() <= max) {
            return n.doubleValue();
        }
        fail(field, "Geef de " + (field.equals("latitude") ? "breedtegraad" : "lengtegraad") + " als getal tussen "
                        + min + " en " + max + " (in Nederland).",
                "Give the " + field + " as a number between " + min + " and " + max + " (in the Netherlands).");
        return 0;
    }

    private static boolean isWhole(Number n) {
        try {
            new BigDecimal(n.toString()).toBigIntegerExact();
            return true;
        } catch (ArithmeticException | NumberFormatException e) {
            return false;
        }
    }

    private void fail(String field, String nl, String en) {
        errors.add(new FieldError(field, lang.pick(nl, en)));
    }
}
