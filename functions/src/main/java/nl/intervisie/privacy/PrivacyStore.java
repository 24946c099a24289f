package nl.intervisie.privacy;

import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.EmailGuard;
import nl.intervisie.attendance.AttendanceRecord;
import nl.intervisie.groups.Membership;
import nl.intervisie.matching.Proposal;
import nl.intervisie.store.Stored;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything stored about one person, to show it (export) or remove it (erasure). */
public interface PrivacyStore {
    /** The applicant, unless absent or expired. */
    Optional<Stored<Applicant>> applicant(String applicantId);

    /** The e-mail guard of the applicant's address, if it is theirs (it holds a hash of the address). */
    Optional<Stored<EmailGuard>> emailGuard(Applicant applicant);

    /** Every other item that holds the person's id (the person index): memberships, attendance, and any other. */
    PersonItems personItems(String applicantId);

    /** @param asStored all of them as stored, in the index's order */
    record PersonItems(List<Stored<Membership>> memberships, List<Stored<AttendanceRecord>> attendance,
                       List<Stored<String>> other, List<Map<String, Object>> asStored) {
    }

    /**
     * The matching proposals that name the person anywhere (their own placement or waiting entry, a suggested new
     * group, or another applicant's reason such as "same organisation as …"). They hold ids and reasons, no names.
     */
    List<Proposal> proposalsMentioning(String applicantId);

    /** What erasure removed, per kind of item. */
    record Erasure(int applicant, int emailGuard, int memberships, int attendance, int other, int proposals,
                   int groupsDecremented) {
        public int total() {
            return applicant + emailGuard + memberships + attendance + other + proposals;
        }
    }

    /**
     * Deletes every item of the person: memberships first (active ones lower the group's member count in the same
     * transaction), then attendance and other person-keyed items, then the matching proposals that name the person,
     * then the e-mail guard, the applicant item last.
     * Safe to repeat after a failure half-way: each step is idempotent and the applicant item, which lets a
     * coordinator find the person, goes last.
     */
    Erasure erase(String applicantId);
}
