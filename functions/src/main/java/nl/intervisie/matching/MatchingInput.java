package nl.intervisie.matching;

import nl.intervisie.applicants.Applicant;
import nl.intervisie.groups.Group;
import nl.intervisie.places.Place;
import nl.intervisie.places.Places;

import java.util.List;

/**
 * The stored facts as matching sees them: a group's meeting slot and place, an applicant's availability and place.
 * Older sign-ups have free text only: their availability counts as any (never guessed at), and their place text is
 * looked up in the packaged place data ("9712 CP Groningen" → Groningen); what it does not know stays unknown.
 */
final class MatchingInput {
    private MatchingInput() {
    }

    static GroupSlot group(Group g, int memberCount, List<Person> members) {
        String slot = g.weekday() == null || g.partOfDay() == null ? "" : g.weekday() + "-" + g.partOfDay();
        // Online groups carry the coordinator's office as their point: distance means nothing there.
        double lat = g.online() ? Double.NaN : g.latitude();
        double lon = g.online() ? Double.NaN : g.longitude();
        // A full or closed group takes no one new, whatever its count: no free places for matching either.
        int capacity = g.takesMembers() ? g.capacity() : 0;
        return new GroupSlot(g.id(), g.language(), g.mode(), g.region(), capacity, memberCount, members, slot, lat, lon);
    }

    static Candidate candidate(Applicant a, Person person, int waitWeight) {
        String mode = nonNull(a.mode(), "either");
        Place place = "online".equals(mode) ? null : place(a);
        return new Candidate(person, nonNull(a.language(), "nl"), mode, nonNull(a.region(), ""), a.createdAt(),
                a.version(), waitWeight, a.availability(), place == null ? Double.NaN : place.latitude(),
                place == null ? Double.NaN : place.longitude());
    }

    /** The stored municipality, else what the free text of an older sign-up names. */
    static Place place(Applicant a) {
        if (a.location() != null) {
            return a.location();
        }
        return a.place() == null || a.place().isBlank() ? null : Places.netherlands().parse(a.place()).orElse(null);
    }

    private static String nonNull(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
