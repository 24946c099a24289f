package nl.intervisie.applicants;

/** Where an applicant stands. */
public enum ApplicantStatus {
    /** Eligibility not confirmed, or department without an agreement: a coordinator looks first (not a rejection). */
    NEEDS_REVIEW,
    /** Eligible and waiting for a place in a group. */
    WAITING,
    /** Member of a group. */
    PLACED,
    /**
     * Left their last group (a coordinator recorded it): kept, with a TTL, until the end of the leave year plus the
     * attendance period, so a statement covering their meetings can still be made. Matching never takes them.
     */
    LEFT,
    /**
     * A coordinator decided this application does not lead to a place (the reason is kept with the application and
     * mailed to the person). Kept until the application's own retention ends; matching never takes them.
     */
    DECLINED,
    /**
     * Signed up, address not yet confirmed (the link in the one mail not followed): kept 48 hours (TTL), counted
     * nowhere: not on the waiting list, not in review, not in matching, no coordinator told.
     */
    UNCONFIRMED;

    /** Still an application (not placed, not left): the person may change it or withdraw. */
    public boolean waiting() {
        return this == WAITING || this == NEEDS_REVIEW;
    }
}
