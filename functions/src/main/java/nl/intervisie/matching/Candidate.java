package nl.intervisie.matching;

import java.time.Instant;
import java.util.List;

/**
 * A waiting applicant as matching sees it.
 *
 * @param mode         "in-person", "online" or "either"
 * @param region       a catalogue region (Noord, Oost, Midden, West, Zuid) or "": display, and nearness when the
 *                     place is unknown
 * @param version      the applicant item's version when the problem was read (a proposal records it: staleness)
 * @param waitWeight   soft penalty when left waiting: grows with the time waited (longest-waiting first)
 * @param availability meeting slots the applicant can make ("tuesday-afternoon"), most preferred first; empty or
 *                     ["any"] when any slot suits (old free-text answers are never guessed at: they count as any)
 * @param lat          the applicant's place (WGS84 degrees), NaN when unknown or online only
 */
public record Candidate(Person person, String language, String mode, String region, Instant waitingSince,
                        long version, int waitWeight, List<String> availability, double lat, double lon) {
    public Candidate {
        availability = availability == null ? List.of() : List.copyOf(availability);
    }

    /** Any slot, place unknown. */
    public Candidate(Person person, String language, String mode, String region, Instant waitingSince,
                     long version, int waitWeight) {
        this(person, language, mode, region, waitingSince, version, waitWeight, List.of(), Double.NaN, Double.NaN);
    }

    public String id() {
        return person.id();
    }

    public boolean anySlot() {
        return availability.isEmpty() || availability.contains(Rules.ANY_SLOT);
    }

    public boolean located() {
        return !Double.isNaN(lat) && !Double.isNaN(lon);
    }
}
