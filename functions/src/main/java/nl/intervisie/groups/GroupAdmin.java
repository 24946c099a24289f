package nl.intervisie.groups;

import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantStore;
import nl.intervisie.http.ApiException;
import nl.intervisie.http.Caller;
import nl.intervisie.http.Language;
import nl.intervisie.network.Calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Groups for the people who lead them: the catalogue with member counts, and who is in a group (to record a
 * meeting). A facilitator sees only the groups they lead ({@link GroupAccess}).
 */
public final class GroupAdmin {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private final GroupStore groups;
    private final MembershipStore memberships;
    private final ApplicantStore applicants;
    private final Clock clock;
    private final GroupAccess access;

    public GroupAdmin(GroupStore groups, MembershipStore memberships, ApplicantStore applicants, Clock clock) {
        this.groups = groups;
        this.memberships = memberships;
        this.applicants = applicants;
        this.clock = clock;
        this.access = new GroupAccess(groups);
    }

    /**
     * Creates or updates every group of the catalogue packaged with this code (site/data/groups.yaml); member
     * counts stay as they are. Deployed, this is how a new or changed catalogue reaches the table.
     */
    public Map<String, Object> syncCatalogue(List<Group> catalogue) {
        catalogue.forEach(groups::upsertFromCatalogue);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("synced", catalogue.size());
        out.put("groups", list());
        return out;
    }

    /** The groups the caller leads: every group for a coordinator, their own for a facilitator. */
    public List<Map<String, Object>> list(Caller caller) {
        if (caller.coordinator()) {
            return list();
        }
        List<String> own = access.ledBy(caller);
        return list().stream().filter(g -> own.contains((String) g.get("id"))).toList();
    }

    /** The ids of the groups a facilitator leads (empty for a coordinator, who leads none as such). */
    public List<String> ledBy(Caller caller) {
        return access.ledBy(caller);
    }

    public List<Map<String, Object>> list() {
        return groups.list().stream()
                .sorted(Comparator.comparing(g -> g.group().id()))
                .map(GroupAdmin::group)
                .toList();
    }

    /** The group's members on a date (today when null): id, reference and name, in order of joining. */
    public Map<String, Object> members(Caller caller, String groupId, LocalDate on, Language lang) {
        access.requireGroup(caller, groupId, lang);
        if (groupId == null || !ID.matcher(groupId).matches()
                || groups.list().stream().noneMatch(g -> g.group().id().equals(groupId))) {
            throw new ApiException(404, lang.pick("Deze groep bestaat niet.", "This group does not exist."));
        }
        LocalDate date = on != null ? on : Calendar.today(clock);
        List<Map<String, Object>> members = new ArrayList<>();
        memberships.members(groupId).stream()
                .filter(m -> m.activeOn(date))
                .sorted(Comparator.comparing(Membership::joinedOn).thenComparing(Membership::applicantId))
                .forEach(m -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("applicantId", m.applicantId());
                    var applicant = applicants.get(m.applicantId());
                    row.put("reference", applicant.map(Applicant::reference).orElse(null));
                    row.put("name", applicant.map(Applicant::name).orElse(null));
                    row.put("joinedOn", m.joinedOn().toString());
                    members.add(row);
                });
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("groupId", groupId);
        out.put("date", date.toString());
        out.put("members", members);
        return out;
    }

    private static Map<String, Object> group(GroupStore.StoredGroup stored) {
        var g = stored.group();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", g.id());
        m.put("name", g.name());
        m.put("region", g.region());
        m.put("city", g.city());
        m.put("day", g.day());
        m.put("frequency", g.frequency());
        m.put("language", g.language());
        m.put("mode", g.mode());
        m.put("facilitator", g.facilitator());
        m.put("capacity", g.capacity());
        m.put("memberCount", stored.memberCount());
        return m;
    }
}
