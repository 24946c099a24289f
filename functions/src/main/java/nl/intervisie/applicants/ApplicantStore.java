package nl.intervisie.applicants;

import java.time.Instant;
import java.time.LocalDate;
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
    ClearResult clearReview(String applicantId, long expectedVersion, String actor);

    /** The applicant with the intake, decline reason and history recorded on it; empty when absent or expired. */
    Optional<ApplicantFile> file(String id);

    /** What a coordinator's step on one applicant came to. */
    enum StepResult { DONE, NOT_FOUND, NOT_ALLOWED, STALE_VERSION }

    /** The date of the intake and who held it (version null: whatever is stored now); NOT_ALLOWED when unconfirmed. */
    StepResult recordIntake(String applicantId, LocalDate date, String heldBy, Long expectedVersion, String actor);

    /** → DECLINED with the reason, at the version read; NOT_ALLOWED when placed, left or declined already. */
    StepResult decline(String applicantId, long expectedVersion, String reason, String actor);

    /** The preferences agreed at intake, at the version read; NOT_ALLOWED when left, declined or unconfirmed. */
    StepResult editPreferences(Applicant changed, long expectedVersion, String actor);

    /** The live application of this address (through its guard), if any. */
    Optional<Applicant> byEmail(String email);

    /**
     * UNCONFIRMED → {@code confirmed}, with the application's and its guard's retention set to {@code expiresAt},
     * in one transaction: false when it is no longer unconfirmed at the version read (confirmed twice) or expired.
     */
    boolean confirm(Applicant unconfirmed, ApplicantStatus confirmed, Instant expiresAt);

    /** Stores the person's own changes (mode, place, region, language, availability): false when stale or placed. */
    boolean changePreferences(Applicant changed, long expectedVersion);

    /** Deletes a waiting application and its guard in one transaction: false when stale, placed or gone. */
    boolean withdraw(Applicant applicant);
}
