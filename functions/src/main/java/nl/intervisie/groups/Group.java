package nl.intervisie.groups;

import nl.intervisie.network.GroupSize;

import java.util.List;
import java.util.Locale;

/**
 * An intervision group: the coordinators' data, kept in the table ({@link GroupItems}). The catalogue
 * (site/data/groups.yaml) is only its first import and the local demo data.
 *
 * @param weekday             monday … sunday (matching reads it: {@link #WEEKDAYS})
 * @param partOfDay           morning, afternoon or evening ({@link #PARTS_OF_DAY})
 * @param mode                "in-person" or "online"
 * @param language            "nl" or "en"
 * @param facilitator         first name only: the one personal fact shown publicly
 * @param facilitatorEmail    contact address for mail; never public (may be null)
 * @param facilitatorUsername the Cognito username of the facilitator who leads it; private (may be null)
 * @param capacity            at most {@link GroupSize#MAX} participants (the network's rule); a group may say less
 * @param status              open (takes people), full (takes no one new, whatever its count) or closed (ended)
 */
public record Group(String id, String name, String region, String city, String venue, String weekday,
                    String partOfDay, String frequency, String language, String mode, String facilitator,
                    String facilitatorEmail, String facilitatorUsername, int capacity, double latitude,
                    double longitude, String status) {
    /** The network's maximum ({@link GroupSize#MAX}): a group without its own capacity gets it. */
    public static final int MAX_CAPACITY = GroupSize.MAX;
    public static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    public static final List<String> PARTS_OF_DAY = List.of("morning", "afternoon", "evening");
    public static final List<String> STATUSES = List.of("open", "full", "closed");
    private static final List<String> DAGEN = List.of("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
            "zaterdag", "zondag");
    private static final List<String> DAGDELEN = List.of("ochtend", "middag", "avond");

    /** The older shape (a Dutch day text such as "dinsdagmiddag"), kept for tests and callers that have no more. */
    public Group(String id, String name, String region, String city, String venue, String day, String frequency,
                 String language, String mode, String facilitator, int capacity, double latitude, double longitude) {
        this(id, name, region, city, venue, weekdayOf(day), partOfDayOf(day), frequency, language, mode, facilitator,
                null, null, capacity, latitude, longitude, "open");
    }

    public boolean online() {
        return "online".equals(mode);
    }

    public boolean closed() {
        return "closed".equals(status);
    }

    /** Whether the group takes new members: open, not full by status. */
    public boolean takesMembers() {
        return "open".equals(status);
    }

    /** The meeting moment in Dutch, e.g. "dinsdagmiddag" (mails, lists). */
    public String day() {
        return dayText(weekday, partOfDay);
    }

    /** The meeting moment in English, e.g. "Tuesday afternoon". */
    public String dayEnglish() {
        return dayTextEnglish(weekday, partOfDay);
    }

    /** monday…sunday and morning/afternoon/evening (either may be null) in Dutch: "dinsdagmiddag". */
    public static String dayText(String weekday, String partOfDay) {
        int d = weekday == null ? -1 : WEEKDAYS.indexOf(weekday);
        int p = partOfDay == null ? -1 : PARTS_OF_DAY.indexOf(partOfDay);
        return (d < 0 ? "" : DAGEN.get(d)) + (p < 0 ? "" : DAGDELEN.get(p));
    }

    /** The same in English: "Tuesday afternoon". */
    public static String dayTextEnglish(String weekday, String partOfDay) {
        String d = weekday == null || weekday.isEmpty() ? ""
                : weekday.substring(0, 1).toUpperCase(Locale.ROOT) + weekday.substring(1);
        return (d + " " + (partOfDay == null ? "" : partOfDay)).strip();
    }

    /** The same group with another status (closing, marking full). */
    public Group withStatus(String newStatus) {
        return new Group(id, name, region, city, venue, weekday, partOfDay, frequency, language, mode, facilitator,
                facilitatorEmail, facilitatorUsername, capacity, latitude, longitude, newStatus);
    }

    /** "dinsdagmiddag", "dinsdag" or "tuesday" → tuesday; null when no weekday is named. */
    static String weekdayOf(String day) {
        String text = day == null ? "" : day.toLowerCase(Locale.ROOT);
        for (int i = 0; i < DAGEN.size(); i++) {
            if (text.startsWith(DAGEN.get(i)) || text.startsWith(WEEKDAYS.get(i))) {
                return WEEKDAYS.get(i);
            }
        }
        return null;
    }

    /** "dinsdagmiddag" → afternoon; "dinsdag" → null. */
    static String partOfDayOf(String day) {
        String text = day == null ? "" : day.toLowerCase(Locale.ROOT);
        for (int i = 0; i < DAGDELEN.size(); i++) {
            if (text.endsWith(DAGDELEN.get(i)) || text.endsWith(PARTS_OF_DAY.get(i))) {
                return PARTS_OF_DAY.get(i);
            }
        }
        return null;
    }
}
