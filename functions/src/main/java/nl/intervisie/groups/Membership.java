package nl.intervisie.groups;

import java.time.LocalDate;

/**
 * A person's membership of a group (item format in {@link MembershipItems}). Leaving sets leftOn; the membership
 * stays, so attendance history keeps its meaning.
 */
public record Membership(String groupId, String applicantId, LocalDate joinedOn, LocalDate leftOn) {

    public boolean activeOn(LocalDate date) {
        return !date.isBefore(joinedOn) && (leftOn == null || date.isBefore(leftOn));
    }

    /** Not ended, or ending after {@code today}: the person still counts as a member. */
    public boolean current(LocalDate today) {
        return leftOn == null || leftOn.isAfter(today);
    }
}
