package nl.intervisie.applicants;

import java.time.Instant;
import java.util.List;

/**
 * An application to join an intervision group, as stored (item layout in {@link nl.intervisie.store.Keys}:
 * pk APPLICANT#{id}, sk APPLICANT, gsi1pk STATUS#{status}, gsi1sk {createdAt}#{id}).
 * Only what matching and the intake need is kept: no case content, no free text beyond the applicant's remarks.
 *
 * @param reference     short number the applicant quotes (e.g. "IV-7K3M9Q")
 * @param mode          "in-person", "online" or "either"
 * @param place         postcode or city (may be empty when a region is given)
 * @param region        one of the catalogue's regions (Noord, Oost, Midden, West, Zuid) or empty
 * @param language      "nl" or "en"
 * @param availability  days or times that suit, free text
 * @param avoid         people or organisations not to be grouped with (hard constraint in matching)
 * @param version       increases with every change: matching proposals record it to detect staleness
 * @param groupId       the group when PLACED, else null
 */
public record Applicant(String id, String reference, String name, String email, String organisation, String role,
                        boolean basicTrainingCompleted, boolean formallyAppointed, String mode, String place,
                        String region, String language, String availability, List<String> avoid, String remarks,
                        ApplicantStatus status, Instant createdAt, Instant updatedAt, long version, String groupId) {
}
