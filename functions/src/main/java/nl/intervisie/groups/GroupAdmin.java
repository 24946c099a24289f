package nl.intervisie.groups;

import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantStore;
import nl.intervisie.audit.AuditLog;
import nl.intervisie.http.ApiException;
import nl.intervisie.http.Caller;
import nl.intervisie.http.FieldError;
import nl.intervisie.http.Language;
import nl.intervisie.network.Calendar;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Groups for coordinators: the table is the one source of every group fact. Coordinators create, change and close
 * groups here (every change audited, a stale edit refused); the catalogue is only the first import; the public list
 * computes the places open from capacity and current members.
 * A facilitator sees only the groups they lead ({@link GroupAccess}).
 */
public final class GroupAdmin {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    /** The meetings of a group, as the admin API shows them (date, start, end, method, counts), oldest first. */
    @FunctionalInterface
    public interface Meetings {
        List<Map<String, Object>> of(String groupId);
    }

    private final GroupStore groups;
    private final MembershipStore memberships;
    private final ApplicantStore applicants;
    private final AuditLog audit;
    private final Meetings meetings;
    private final Clock clock;
    private final GroupAccess access;

    public GroupAdmin(GroupStore groups, MembershipStore memberships, ApplicantStore applicants, AuditLog audit,
                      Meetings meetings, Clock clock) {
        this.groups = groups;
        this.memberships = memberships;
        this.applicants = applicants;
        this.audit = audit;
        this.meetings = meetings;
        this.clock = clock;
        this.access = new GroupAccess(groups);
    }

    /**
     * Imports the catalogue packaged with this code (site/data/groups.yaml): adds the groups the table does not
     * have; groups already there are left as the coordinators made them (the table is the source, not the file).
     */
    public Map<String, Object> importCatalogue(Caller caller, List<Group> catalogue) {
        List<String> added = catalogue.stream().filter(groups::create).map(Group::id).toList();
        if (caller != null) {
            audit.record(caller, "groups.import", added); // also when nothing was new: who imported, and when
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("synced", added.size());
        out.put("added", added);
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
                .map(GroupAdmin::adminJson)
                .toList();
    }

    /** POST /api/admin/groups: a new group (status open unless given), its id made from its name. */
    public Map<String, Object> create(Caller caller, Map<String, Object> body, Language lang) {
        Group draft = GroupInput.parse("new", body, lang);
        if (draft.closed()) {
            throw new ApiException(400, List.of(new FieldError("status",
                    lang.pick("Een nieuwe groep kan niet gesloten zijn.", "A new group cannot be closed."))));
        }
        String base = slug(draft.name());
        for (int n = 1; n <= 99; n++) {
            String id = base + "-" + n;
            Group group = GroupInput.parse(id, body, lang);
            if (groups.create(group)) {
                audit.record(caller, "group.create", List.of(id));
                return Map.of("id", id, "version", 1);
            }
        }
        throw new ApiException(409, lang.pick("Er zijn al te veel groepen met deze naam; kies een andere naam.",
                "There are too many groups with this name already; choose another name."));
    }

    /** PUT /api/admin/groups/{id}: every field again plus the version read; nothing is written unless all is well. */
    public Map<String, Object> update(Caller caller, String groupId, Map<String, Object> body, Language lang) {
        GroupStore.StoredGroup before = find(groupId, lang);
        long version = version(body, lang);
        Group group = GroupInput.parse(groupId, body, lang);
        switch (groups.update(group, version)) {
            case UPDATED -> {
                audit.record(caller, group.closed() && !before.group().closed() ? "group.close" : "group.update",
                        List.of(groupId));
                return detail(groupId, lang);
            }
            case STALE -> throw new ApiException(409, lang.pick(
                    "Iemand anders heeft deze groep net gewijzigd. Laad de groep opnieuw en breng je wijziging dan aan.",
                    "Someone else has just changed this group. Load it again, then make your change."));
            case HAS_MEMBERS -> throw new ApiException(409, lang.pick(
                    "Deze groep heeft nog deelnemers. Zet hen eerst in een andere groep of meld hun vertrek; sluit de groep daarna.",
                    "This group still has members. Move them or record their leaving first; then close the group."));
            case TOO_SMALL -> throw new ApiException(409, lang.pick(
                    "De groep heeft meer deelnemers dan dit aantal plaatsen.",
                    "The group has more members than this number of places."));
            default -> throw notFound(lang);
        }
    }

    /** GET /api/admin/groups/{id}: every fact, current and past members, past and planned meetings, places. */
    public Map<String, Object> detail(String groupId, Language lang) {
        GroupStore.StoredGroup stored = find(groupId, lang);
        LocalDate today = Calendar.today(clock);
        List<Map<String, Object>> current = new ArrayList<>();
        List<Map<String, Object>> past = new ArrayList<>();
        memberships.members(groupId).stream()
                .sorted(Comparator.comparing(Membership::joinedOn).thenComparing(Membership::applicantId))
                .forEach(m -> (m.activeOn(today) ? current : past).add(memberJson(m)));
        List<Map<String, Object>> pastMeetings = new ArrayList<>();
        List<Map<String, Object>> planned = new ArrayList<>();
        meetings.of(groupId).forEach(m ->
                (today.isAfter(LocalDate.parse(m.get("date").toString())) ? pastMeetings : planned).add(m));
        Map<String, Object> out = adminJson(stored);
        out.put("members", current);
        out.put("pastMembers", past);
        out.put("pastMeetings", pastMeetings);
        out.put("plannedMeetings", planned);
        return out;
    }

    /**
     * GET /api/groups: every group that is not closed, with the places open now. Only what the public site shows:
     * the facilitator's first name is the one personal fact.
     */
    public Map<String, Object> publicList() {
        List<Map<String, Object>> list = groups.list().stream()
                .filter(g -> !g.group().closed())
                .sorted(Comparator.comparing((GroupStore.StoredGroup g) -> g.group().region())
                        .thenComparing(g -> g.group().name()))
                .map(GroupAdmin::publicJson)
                .toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("generatedAt", clock.instant().toString());
        out.put("groups", list);
        return out;
    }

    /** The group's members on a date (today when null): id, reference and name, in order of joining. */
    public Map<String, Object> members(Caller caller, String groupId, LocalDate on, Language lang) {
        access.requireGroup(caller, groupId, lang);
        find(groupId, lang);
        LocalDate date = on != null ? on : Calendar.today(clock);
        List<Map<String, Object>> members = new ArrayList<>();
        memberships.members(groupId).stream()
                .filter(m -> m.activeOn(date))
                .sorted(Comparator.comparing(Membership::joinedOn).thenComparing(Membership::applicantId))
                .forEach(m -> members.add(memberJson(m)));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("groupId", groupId);
        out.put("date", date.toString());
        out.put("members", members);
        return out;
    }

    private GroupStore.StoredGroup find(String groupId, Language lang) {
        if (groupId == null || !ID.matcher(groupId).matches()) {
            throw notFound(lang);
        }
        return groups.get(groupId).orElseThrow(() -> notFound(lang));
    }

    private static ApiException notFound(Language lang) {
        return new ApiException(404, lang.pick("Deze groep bestaat niet.", "This group does not exist."));
    }

    private Map<String, Object> memberJson(Membership m) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("applicantId", m.applicantId());
        var applicant = applicants.get(m.applicantId());
        row.put("reference", applicant.map(Applicant::reference).orElse(null));
        row.put("name", applicant.map(Applicant::name).orElse(null));
        row.put("organisation", applicant.map(Applicant::organisation).orElse(null));
        row.put("joinedOn", m.joinedOn().toString());
        row.put("leftOn", m.leftOn() == null ? null : m.leftOn().toString());
        return row;
    }

    private static long version(Map<String, Object> body, Language lang) {
        Object value = body.get("version");
        if (value instanceof Number n) {
            try {
                long v = new BigDecimal(n.toString()).longValueExact();
                if (v >= 0) {
                    return v;
                }
            } catch (ArithmeticException | NumberFormatException e) {
                // the message below
            }
        }
        throw new ApiException(400, List.of(new FieldError("version", lang.pick(
                "Stuur de versie mee die je las (een geheel getal).", "Send the version you read (a whole number)."))));
    }

    /** "Den Haag (Engels)" → "den-haag-engels"; never empty. */
    static String slug(String name) {
        String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        s = s.length() > 40 ? s.substring(0, 40).replaceAll("-+$", "") : s;
        return s.isEmpty() ? "groep" : s;
    }

    /** Every fact, the private ones included: for coordinators only. */
    static Map<String, Object> adminJson(GroupStore.StoredGroup stored) {
        Group g = stored.group();
        Map<String, Object> m = publicJson(stored);
        m.put("facilitatorEmail", g.facilitatorEmail());
        m.put("facilitatorUsername", g.facilitatorUsername());
        m.put("memberCount", stored.memberCount());
        m.put("version", stored.version());
        return m;
    }

    static Map<String, Object> publicJson(GroupStore.StoredGroup stored) {
        Group g = stored.group();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", g.id());
        m.put("name", g.name());
        m.put("region", g.region());
        m.put("city", g.city());
        m.put("venue", g.venue());
        m.put("weekday", g.weekday());
        m.put("partOfDay", g.partOfDay());
        m.put("day", g.day());
        m.put("frequency", g.frequency());
        m.put("language", g.language());
        m.put("mode", g.mode());
        m.put("facilitator", g.facilitator());
        m.put("capacity", g.capacity());
        m.put("placesOpen", stored.placesOpen());
        m.put("status", g.status());
        m.put("latitude", g.latitude());
        m.put("longitude", g.longitude());
        return m;
    }
}
