package nl.intervisie.attendance;

import nl.intervisie.http.FieldError;
import nl.intervisie.http.Language;
import nl.intervisie.planning.PlanInput;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The body of PUT …/meetings/{date}, checked for shape: {start, end, method, facilitator, attendance:[{applicantId,
 * status}]}. Fields the API does not know are refused rather than ignored: there is deliberately no place for notes
 * or anything about the cases discussed.
 */
record MeetingInput(LocalTime start, LocalTime end, String method, String facilitator, List<Attendee> attendance) {
    static final int MAX_ATTENDEES = 30;
    static final int MAX_FACILITATOR = 40;
    static final int MAX_MINUTES = 12 * 60;
    private static final Set<String> FIELDS = Set.of("start", "end", "method", "facilitator", "attendance");
    private static final Set<String> ATTENDEE_FIELDS = Set.of("applicantId", "status");
    static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /** The checked input, or the list of problems (never both). */
    record Parsed(MeetingInput input, List<FieldError> errors) {
    }

    static Parsed parse(Map<String, Object> body, Methods methods, Language lang) {
        List<FieldError> errors = new ArrayList<>();
        for (String key : body.keySet()) {
            if (!FIELDS.contains(key)) {
                errors.add(new FieldError(key, lang.pick(
                        "Dit veld bestaat niet. Leg alleen tijden, methode, begeleider en aanwezigheid vast, nooit inhoud van casussen.",
                        "This field does not exist. Record only times, method, facilitator and attendance, never case content.")));
            }
        }
        LocalTime start = PlanInput.time(body.get("start"), "start", null, errors, lang);
        LocalTime end = PlanInput.time(body.get("end"), "end", null, errors, lang);
        checkSpan(start, end, errors, lang);
        String method = method(body.get("method"), methods, errors, lang);
        String facilitator = facilitator(body.get("facilitator"), errors, lang);
        List<Attendee> attendance = attendance(body.get("attendance"), errors, lang);
        return errors.isEmpty()
                ? new Parsed(new MeetingInput(start, end, method, facilitator, attendance), List.of())
                : new Parsed(null, errors);
    }

    private static void checkSpan(LocalTime start, LocalTime end, List<FieldError> errors, Language lang) {
        if (start != null && end != null) {
            if (!end.isAfter(start)) {
                errors.add(new FieldError("end", lang.pick("De eindtijd moet na de begintijd liggen.",
                        "The end time must be after the start time.")));
            } else if (java.time.Duration.between(start, end).toMinutes() > MAX_MINUTES) {
                errors.add(new FieldError("end", lang.pick("Een bijeenkomst duurt hoogstens 12 uur.",
                        "A meeting lasts at most 12 hours.")));
            }
        }
    }

    private static String method(Object value, Methods methods, List<FieldError> errors, Language lang) {
        String method = value instanceof String m ? m.strip() : null;
        if (method == null || method.isEmpty()) {
            errors.add(new FieldError("method", lang.pick("Kies de gebruikte methode.", "Choose the method used.")));
        } else if (!methods.exists(method)) {
            errors.add(new FieldError("method", lang.pick("Deze methode staat niet in de lijst met methoden.",
                    "This method is not in the list of methods.")));
        }
        return method;
    }

    private static String facilitator(Object value, List<FieldError> errors, Language lang) {
        String facilitator = value instanceof String f ? f.strip() : null;
        if (facilitator == null || facilitator.isEmpty()) {
            errors.add(new FieldError("facilitator", lang.pick("Vul de voornaam van de begeleider in.",
                    "Enter the facilitator's first name.")));
        } else if (facilitator.length() > MAX_FACILITATOR || facilitator.chars().anyMatch(Character::isISOControl)
                || facilitator.contains("<") || facilitator.contains(">")) {
            errors.add(new FieldError("facilitator", lang.pick(
                    "Alleen de voornaam van de begeleider, hoogstens 40 tekens.",
                    "Only the facilitator's first name, at most 40 characters.")));
        }
        return facilitator;
    }

    private static List<Attendee> attendance(Object value, List<FieldError> errors, Language lang) {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            errors.add(new FieldError("attendance", lang.pick(
                    "Geef per lid aan: aanwezig (present), afgemeld (excused) of afwezig (absent).",
                    "Give every member a status: present, excused or absent.")));
            return List.of();
        }
        if (list.size() > MAX_ATTENDEES) {
            errors.add(new FieldError("attendance", lang.pick("Te veel personen voor één groep.",
                    "Too many people for one group.")));
            return List.of();
        }
        List<Attendee> attendees = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String field = "attendance[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> entry) || !ATTENDEE_FIELDS.containsAll(keys(entry))) {
                errors.add(new FieldError(field, lang.pick("Alleen applicantId en status, per persoon.",
                        "Only applicantId and status, per person.")));
                continue;
            }
            Object id = entry.get("applicantId");
            AttendanceStatus status = entry.get("status") instanceof String s ? AttendanceStatus.of(s) : null;
            if (!(id instanceof String applicantId) || !ID.matcher(applicantId).matches()) {
                errors.add(new FieldError(field + ".applicantId", lang.pick("Geen geldige deelnemer.",
                        "Not a valid participant.")));
            } else if (status == null) {
                errors.add(new FieldError(field + ".status", lang.pick(
                        "Status is present (aanwezig), excused (afgemeld) of absent (afwezig).",
                        "Status is present, excused or absent.")));
            } else {
                attendees.add(new Attendee(applicantId, status));
            }
        }
        return attendees;
    }

    private static Set<String> keys(Map<?, ?> map) {
        Set<String> keys = new java.util.HashSet<>();
        map.keySet().forEach(k -> keys.add(String.valueOf(k)));
        return keys;
    }
}
