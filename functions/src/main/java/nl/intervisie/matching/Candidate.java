package nl.intervisie.matching;

import java.time.Instant;

/**
 * A waiting applicant as matching sees it.
 *
 * @param mode        "in-person", "online" or "either"
 * @param region      a catalogue region (Noord, Oost, Midden, West, Zuid) or "" when unknown
 * @param version     the applicant item's version when the problem was read (a proposal records it: staleness)
 * @param waitWeight  soft penalty when left waiting: grows with the time waited (longest-waiting first)
 */
public record Candidate(Person person, String language, String mode, String region, Instant waitingSince,
                        long version, int waitWeight) {
    public String id() {
        return person.id();
    }
}
