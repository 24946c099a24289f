package nl.intervisie.applicants;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where applications live. */
public interface ApplicantStore {
    enum CreateResult { CREATED, DUPLICATE }

    /**
     * Stores a new applicant unless one with the same e-mail address exists (checked atomically with an
     * e-mail guard item, so two parallel sign-ups with one address create one applicant).
     *
     * @param expiresAt when the application is deleted if nothing else happens (TTL)
     */
    CreateResult create(Applicant applicant, Instant expiresAt);

    Optional<Applicant> get(String id);

    /** Oldest first. */
    List<Applicant> listByStatus(ApplicantStatus status);
}
