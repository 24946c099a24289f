package nl.intervisie.applicants;

import nl.intervisie.places.Place;

import java.time.Instant;
import java.util.List;

/**
 * An application to join an intervision group, as stored (item layout in {@link ApplicantItems}:
 * pk APPLICANT#{id}, sk APPLICANT, gsi1pk STATUS#{status}, gsi1sk {createdAt}#{id}).
 * Only what matching and the intake need is kept: no case content, no free text beyond the applicant's remarks.
 *
 * @param reference        short number the applicant quotes (e.g. "IV-7K3M9Q")
 * @param mode             "in-person", "online" or "either"
 * @param place            the free text of older sign-ups ("postcode or town"), kept as written and shown to the
 *                         coordinator; new sign-ups leave it empty and give {@code location}
 * @param region           one of the catalogue's regions (Noord, Oost, Midden, West, Zuid) or empty: display only
 * @param location         where the person is, as matching measures distance: a municipality (CBS code, name) and
 *                         its point; null when not given (online, or an older sign-up). Never the address.
 * @param language         "nl" or "en"
 * @param availability     the meeting slots the person can make ("tuesday-afternoon"), most preferred first, or
 *                         ["any"]; empty for older sign-ups, which have {@code availabilityNote} instead
 * @param availabilityNote the free text of older sign-ups ("days or times that suit"), kept as written and shown to
 *                         the coordinator, never read by matching
 * @param avoid            people or organisations not to be grouped with (hard constraint in matching)
 * @param version          increases with every change: matching proposals record it to detect staleness
 * @param groupId          the group when PLACED, else null
 */
public record Applicant(String id, String reference, String name, String email, String organisation, String role,
                        boolean basicTrainingCompleted, boolean formallyAppointed, String mode, String place,
                        String region, Place location, String language, List<String> availability,
                        String availabilityNote, List<String> avoid, String remarks, ApplicantStatus status,
                        Instant createdAt, Instant updatedAt, long version, String groupId) {
    public Applicant {
        availability = availability == null ? List.of() : List.copyOf(availability);
        avoid = avoid == null ? List.of() : List.copyOf(avoid);
    }

    /** The same application with the preferences a waiting person may change themselves. */
    public Applicant withPreferences(String newMode, Place newLocation, String newRegion, String newLanguage,
                                     List<String> newAvailability) {
        return new Applicant(id, reference, name, email, organisation, role, basicTrainingCompleted, formallyAppointed,
                newMode, place, newRegion, newLocation, newLanguage, newAvailability, availabilityNote, avoid, remarks,
                status, createdAt, updatedAt, version, groupId);
    }

    /** The same application with another avoid-list and remarks (agreed at the intake). */
    public Applicant withDetails(List<String> newAvoid, String newRemarks) {
        return new Applicant(id, reference, name, email, organisation, role, basicTrainingCompleted, formallyAppointed,
                mode, place, region, location, language, availability, availabilityNote, newAvoid, newRemarks, status,
                createdAt, updatedAt, version, groupId);
    }
}
