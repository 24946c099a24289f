package nl.intervisie.planning;

import nl.intervisie.http.FieldError;
import nl.intervisie.http.Language;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fields of a planned meeting as a coordinator sends them, checked for shape with a message per field in the
 * caller's language: date (YYYY-MM-DD), start and end (HH:MM, end after start, at most 12 hours), place (optional
 * text) and link (optional https address). Unknown fields are refused rather than ignored.
 */
public final class PlanInput {
    static final int MAX_PLACE = 200;
    static final int MAX_LINK = 500;
    static final int MAX_MINUTES = 12 * 60;
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}");

    private PlanInput() {
    }

    static void onlyKnown(Map<String, Object> body, Set<String> known, List<FieldError> errors, Language lang) {
        for (String key : body.keySet()) {
            if (!known.contains(key)) {
                errors.add(new FieldError(key, lang.pick("Dit veld bestaat niet.", "This field does not exist.")));
            }
        }
    }

    static LocalDate date(Object value, List<FieldError> errors, Language lang) {
        if (value instanceof String text && DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                // falls through to the message
            }
        }
        errors.add(new FieldError("date", lang.pick("Vul een bestaande datum in als JJJJ-MM-DD, bijvoorbeeld 2027-01-12.",
                "Enter a real date as YYYY-MM-DD, e.g. 2027-01-12.")));
        return null;
    }

    /** A time HH:MM; {@code fallback} when absent (null: required). */
    public static LocalTime time(Object value, String field, LocalTime fallback, List<FieldError> errors, Language lang) {
        if (value == null && fallback != null) {
            return fallback;
        }
        if (value instanceof String text && TIME.matcher(text).matches()) {
            try {
                return LocalTime.parse(text);
            } catch (DateTimeParseException e) {
                // falls through to the message
            }
        }
        errors.add(new FieldError(field, field.equals("start")
                ? lang.pick("Vul de begintijd in als UU:MM, bijvoorbeeld 13:30.", "Enter the start time as HH:MM, e.g. 13:30.")
                : lang.pick("Vul de eindtijd in als UU:MM, bijvoorbeeld 16:30.", "Enter the end time as HH:MM, e.g. 16:30.")));
        return null;
    }

    static void span(LocalTime start, LocalTime end, List<FieldError> errors, Language lang) {
        if (start == null || end == null) {
            return;
        }
        if (!end.isAfter(start)) {
            errors.add(new FieldError("end", lang.pick("De eindtijd moet na de begintijd liggen.",
                    "The end time must be after the start time.")));
        } else if (Duration.between(start, end).toMinutes() > MAX_MINUTES) {
            errors.add(new FieldError("end", lang.pick("Een bijeenkomst duurt hoogstens 12 uur.",
                    "A meeting lasts at most 12 hours.")));
        }
    }

    /** Optional plain text: no markup, no control characters, at most {@link #MAX_PLACE} characters. */
    static String place(Object value, String fallback, List<FieldError> errors, Language lang) {
        if (value == null) {
            return fallback;
        }
        String text = value instanceof String s ? s.strip() : null;
        if (text == null || text.length() > MAX_PLACE || text.chars().anyMatch(Character::isISOControl)
                || text.contains("<") || text.contains(">")) {
            errors.add(new FieldError("place", lang.pick("De plaats is gewone tekst van hoogstens 200 tekens.",
                    "The place is plain text of at most 200 characters.")));
            return null;
        }
        return text;
    }

    /** Optional: an https address of at most {@link #MAX_LINK} characters, or empty. */
    static String link(Object value, String fallback, List<FieldError> errors, Language lang) {
        if (value == null) {
            return fallback;
        }
        String text = value instanceof String s ? s.strip() : null;
        if (text != null && text.isEmpty()) {
            return "";
        }
        if (text == null || text.length() > MAX_LINK || !isHttps(text)) {
            errors.add(new FieldError("link", lang.pick(
                    "De link van een online bijeenkomst begint met https:// en is hoogstens 500 tekens.",
                    "The link of an online meeting starts with https:// and is at most 500 characters.")));
            return null;
        }
        return text;
    }

    private static boolean isHttps(String text) {
        if (!text.startsWith("https://") || text.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '>')) {
            return false;
        }
        try {
            URI uri = URI.create(text);
            return uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
