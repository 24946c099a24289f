package nl.intervisie.applicants;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where applications live. */
public interface ApplicantStore {
    enum CreateResult { CREATED, DUPLICATE }

    enum ClearResult { CLEARED, NOT_FOUND, NOT_IN_REVIEW, STALE_VERSION }

    /**
     * Stores a new applicant unless one with the same e-mail address exists (checked atomically with an
     * e-mail guard item, so two parallel sign-ups with one address create one applicant).
     *
     * @param expiresAt when the application is deleted if nothing else happens (TTL)
     */
    CreateResult create(Applicant applicant, Instant expiresAt);

    /** Empty when absent or expired. */
    Optional<Applicant> get(String id);

    /** Oldest first, leaving out those whose retention has ended (TTL). */
    List<Applicant> listByStatus(ApplicantStatus status);

    /**
     * The address of the applicant's e-mail guard when the guard exists and is theirs (the applicant read even when
     * expired but not yet deleted): what a transaction needs to change the guard along with the applicant.
     */
    Optional<String> guardedEmail(String applicantId);

    /** The e-mail guard of this applicant's address, if there is one and it is theirs. */
    Optional<EmailGuard> guard(Applicant applicant);

    /**
     * NEEDS_REVIEW → WAITING in one conditional write: only when the status is still NEEDS_REVIEW and the version
     * is the one the coordinator saw (a concurrent change makes it STALE_VERSION instead of overwriting it).
     */
    ClearResult clearReview(String applicantId, long expectedVersion);
}
