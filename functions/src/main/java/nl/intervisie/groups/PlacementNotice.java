package nl.intervisie.groups;

import nl.intervisie.applicants.Applicant;

/**
 * Who is told when a person is placed in a group (by hand or by an accepted proposal): the person, and the group's
 * facilitator. Called after the placement is written; it never undoes one (a failed mail is logged, not thrown).
 */
@FunctionalInterface
public interface PlacementNotice {
    void placed(Applicant applicant, Group group);
}
