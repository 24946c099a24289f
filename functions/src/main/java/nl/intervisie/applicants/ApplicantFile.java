package nl.intervisie.applicants;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An applicant with what coordinators recorded on the same item: the intake (date and who held it, never what was
 * said), the reason of a decline (typed by a coordinator) and the history of coordinators' steps.
 *
 * @param intakeOn      date of the intake conversation, or null
 * @param intakeBy      who held it (a name as the coordinator typed it), or null
 * @param declineReason the reason given when declined, or null
 * @param history       oldest first
 */
public record ApplicantFile(Applicant applicant, LocalDate intakeOn, String intakeBy, String declineReason,
                            List<Step> history) {

    /** One step a coordinator took: when, what ("admitted", "intake", "declined", "preferences", "placed", "moved"), by whom. */
    public record Step(Instant at, String event, String by, String groupId) {
    }
}
