package nl.intervisie.admin;

import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.groups.Membership;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the coordinators' privacy and review tasks need from the table, beyond {@link nl.intervisie.applicants.ApplicantStore}. */
public interface AdminStore {
    enum ClearResult { CLEARED, NOT_FOUND, NOT_IN_REVIEW, STALE_VERSION }

    /** What erasure removed, per kind of item. */
    record Erasure(int applicant, int emailGuard, int memberships, int attendance, int other, int proposals,
                   int groupsDecremented) {
        public int total() {
            return applicant + emailGuard + memberships + attendance + other + proposals;
        }
    }

    /** A stored matching proposal (kept 30 days), decoded: its JSON body as the API shows it. */
    record StoredProposal(String id, String createdAt, String status, Map<String, Object> body) {
    }

    /** Applicants with this status, oldest first, leaving out those whose retention has ended (TTL). */
    List<Applicant> applicantsByStatus(ApplicantStatus status, Instant now);

    /** Every membership item of a group (past ones included). */
    List<Membership> memberships(String groupId);

    /** The applicant item exactly as stored (every attribute), unless absent or expired at {@code now}. */
    Optional<Map<String, AttributeValue>> applicantItem(String applicantId, Instant now);

    /** The e-mail guard item of this applicant, if any (it holds a hash of the address, not the address). */
    Optional<Map<String, AttributeValue>> emailGuard(String applicantId, String email);

    /** Every other item that holds the applicant's id: memberships, attendance, … (gsi1pk APPLICANT#{id}). */
    List<Map<String, AttributeValue>> personItems(String applicantId);

    /**
     * The matching proposals that name the person anywhere (their own placement or waiting entry, a suggested new
     * group, or another applicant's reason such as "same organisation as …"). They hold ids and reasons, no names.
     */
    List<StoredProposal> proposalsMentioning(String applicantId);

    /**
     * NEEDS_REVIEW → WAITING in one conditional write: only when the status is still NEEDS_REVIEW and the version
     * is the one the coordinator saw (a concurrent change makes it STALE_VERSION instead of overwriting it).
     */
    ClearResult clearReview(String applicantId, long expectedVersion, Instant now);

    /**
     * Deletes every item of the person: memberships first (active ones lower the group's member count in the same
     * transaction), then attendance and other person-keyed items, then the matching proposals that name the person,
     * then the e-mail guard, the applicant item last.
     * Safe to repeat after a failure half-way: each step is idempotent and the applicant item, which lets a
     * coordinator find the person, goes last.
     */
    Erasure erase(String applicantId, Instant now);

    /**
     * A member leaving a group, as one transaction: the membership gets leftOn and its TTL, the group's count goes
     * down (only while above 0), and the applicant item (only at the version read) gets {@code newStatus} (null:
     * unchanged), {@code groupIdAfter} (null: removed) and, when {@code expiresAt} applies to the person, the TTL,
     * as does their e-mail guard when {@code guardEmail} is not null.
     *
     * @param applicantVersion the version read, or null when there is no applicant item (then it is not touched)
     * @param personExpires whether the applicant item and guard get {@code expiresAt} (false: still in another group)
     */
    record Leave(String groupId, String applicantId, LocalDate joinedOn, LocalDate leftOn, Instant expiresAt,
                 Long applicantVersion, ApplicantStatus newStatus, String groupIdAfter, boolean personExpires,
                 String guardEmail, Instant now) {
    }

    /** True when applied; false when a condition failed (the membership, count or applicant changed meanwhile). */
    boolean leave(Leave leave);
}
