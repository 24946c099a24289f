package nl.intervisie.groups;

import nl.intervisie.applicants.ApplicantStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Group memberships (item format in {@link MembershipItems}), with the group's member count kept under its capacity. */
public interface MembershipStore {
    enum AddResult { ADDED, ALREADY_MEMBER, FULL, NO_GROUP }

    /**
     * Adds a member in one transaction: the membership item (only if absent) and the group's memberCount + 1,
     * on condition that memberCount &lt; capacity. Two parallel adds can never overfill a group.
     */
    AddResult add(Membership membership);

    /** Every membership of a group, past ones (leftOn set) included. */
    List<Membership> members(String groupId);

    /** Every membership of one person. */
    List<Membership> ofPerson(String applicantId);

    /** A membership with how it came about: placed by hand (and the reason a conflict was overridden) or by matching. */
    record Held(Membership membership, boolean byHand, String overrideReason) {
    }

    /** Every membership of one person, with how each came about. */
    List<Held> heldBy(String applicantId);

    /**
     * A member leaving a group, as one transaction: the membership gets leftOn and its TTL, the group's count goes
     * down (only while above 0), and the applicant (only at the version read) gets {@code newStatus} (null:
     * unchanged), {@code groupIdAfter} (null: removed) and, when {@code personExpires}, the TTL, as does their
     * e-mail guard when {@code guardEmail} is not null.
     *
     * @param applicantVersion the version read, or null when there is no applicant item (then it is not touched)
     * @param personExpires whether the applicant and guard get {@code expiresAt} (false: still in another group)
     */
    record Leave(String groupId, String applicantId, LocalDate joinedOn, LocalDate leftOn, Instant expiresAt,
                 Long applicantVersion, ApplicantStatus newStatus, String groupIdAfter, boolean personExpires,
                 String guardEmail, Instant now) {
    }

    /** True when applied; false when a condition failed (the membership, count or applicant changed meanwhile). */
    boolean leave(Leave leave);

    enum PlaceResult { PLACED, NO_ROOM, APPLICANT_CHANGED, ALREADY_MEMBER }

    /**
     * A coordinator places a waiting applicant in a group by hand, as one transaction: the membership (with the
     * override reason when a conflict was overridden), the group's count + 1 (only while open and below capacity),
     * the applicant WAITING → PLACED at the version read, and their e-mail guard kept (when {@code guardEmail}).
     * Parallel placements can never overfill the group.
     */
    PlaceResult placeByHand(Membership membership, long applicantVersion, String guardEmail, String overrideReason,
                            String actor, Instant now);

    /**
     * A placed person moves: the current membership ends ({@code leftOn}, with its TTL {@code expiresAt}), the old
     * group's count - 1, the new membership (with the override reason, if any), the new group's count + 1 (only while
     * open and below capacity), and the applicant's group, at the version read. One transaction: all or nothing.
     */
    record Move(Membership current, Membership next, LocalDate leftOn, Instant expiresAt, long applicantVersion,
                String overrideReason, String actor, Instant now) {
    }

    PlaceResult move(Move move);
}
