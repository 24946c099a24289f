package nl.intervisie.planning;

import nl.intervisie.groups.Group;
import nl.intervisie.groups.GroupStore;
import nl.intervisie.groups.Membership;
import nl.intervisie.groups.MembershipStore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The read side of the plan for whoever tells people about meetings (placement mails, reminders, the calendar feed):
 * planned meetings that are not cancelled, each with its group and the people who are members on its date.
 */
public final class UpcomingMeetings {
    /**
     * A planned meeting with its group and the ids of the applicants who are members on the meeting's date.
     */
    public record Upcoming(PlannedMeeting meeting, Group group, List<String> memberIds) {
    }

    private final PlanStore plans;
    private final GroupStore groups;
    private final MembershipStore memberships;

    public UpcomingMeetings(PlanStore plans, GroupStore groups, MembershipStore memberships) {
        this.plans = plans;
        this.groups = groups;
        this.memberships = memberships;
    }

    /** Every group's meetings dated from..to (both included), not cancelled, by date; groups that are gone are left out. */
    public List<Upcoming> between(LocalDate from, LocalDate to) {
        Map<String, Optional<Group>> groupCache = new HashMap<>();
        Map<String, List<Membership>> memberCache = new HashMap<>();
        List<Upcoming> found = new ArrayList<>();
        for (PlannedMeeting m : plans.between(from, to)) {
            if (m.cancelled()) {
                continue;
            }
            Optional<Group> group = groupCache.computeIfAbsent(m.groupId(),
                    id -> groups.get(id).map(GroupStore.StoredGroup::group));
            if (group.isEmpty()) {
                continue;
            }
            List<String> members = memberCache.computeIfAbsent(m.groupId(), memberships::members).stream()
                    .filter(ms -> ms.activeOn(m.date())).map(Membership::applicantId).toList();
            found.add(new Upcoming(m, group.get(), members));
        }
        return found;
    }

    /** One group's coming meetings from {@code from} on, not cancelled, by date (what a placement mail lists). */
    public List<PlannedMeeting> ofGroup(String groupId, LocalDate from) {
        return plans.ofGroup(groupId).stream().filter(m -> !m.cancelled() && !m.date().isBefore(from)).toList();
    }
}
