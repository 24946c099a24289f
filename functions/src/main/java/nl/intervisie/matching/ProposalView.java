package nl.intervisie.matching;

import nl.intervisie.groups.Group;
import nl.intervisie.http.Language;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A proposal as the coordinator reviews it: per group (name, city, slot, size after placement, new or running) the
 * people to be placed with one line of reasons each, the new-group suggestions, the people left waiting with their
 * sentences, and how good it is in words. Built from the stored body, the groups' current names and the names of
 * the people (which the stored proposal never holds).
 */
final class ProposalView {
    private ProposalView() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> of(Proposal p, Map<String, Group> groups, Map<String, String> names, Language l) {
        Map<String, Object> body = p.body();
        Map<String, Object> view = new LinkedHashMap<>();
        for (String key : List.of("id", "createdAt", "solver", "solveMillis", "placedCount", "waitingCount",
                "placedBound", "gap", "maxKm")) {
            view.put(key, body.get(key));
        }
        view.put("status", p.status());
        view.put("version", p.version());
        view.put("quality", quality(body, l));
        List<Explainer.Placed> placed = ((List<Map<String, Object>>) body.getOrDefault("assignments", List.of()))
                .stream().map(ProposalBody::placed).toList();
        view.put("groups", groups(p, placed, groups, names, l));
        view.put("newGroups", newGroups((List<Map<String, Object>>) body.getOrDefault("newGroups", List.of()), names, l));
        List<Object> waiting = new ArrayList<>();
        for (Map<String, Object> w : (List<Map<String, Object>>) body.getOrDefault("waiting", List.of())) {
            Explainer.Waiting e = ProposalBody.waiting(w);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("applicantId", e.applicantId());
            entry.put("name", name(names, e.applicantId(), l));
            entry.put("newGroup", e.newGroup());
            entry.put("sentences", ReasonText.sentences(e.sentences(), groups::get, l));
            waiting.add(entry);
        }
        view.put("waiting", waiting);
        return view;
    }

    private static List<Object> groups(Proposal p, List<Explainer.Placed> placed, Map<String, Group> groups,
                                       Map<String, String> names, Language l) {
        Map<String, List<Explainer.Placed>> byGroup = new LinkedHashMap<>();
        placed.forEach(x -> byGroup.computeIfAbsent(x.groupId(), k -> new ArrayList<>()).add(x));
        List<Object> out = new ArrayList<>();
        List<Proposal.GroupPlan> plan = new ArrayList<>(p.plan());
        plan.sort(Comparator.comparing((Proposal.GroupPlan g) -> groupName(groups, g.groupId(), l)));
        for (Proposal.GroupPlan g : plan) {
            Group group = groups.get(g.groupId());
            List<Explainer.Placed> people = byGroup.getOrDefault(g.groupId(), List.of());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("groupId", g.groupId());
            entry.put("name", groupName(groups, g.groupId(), l));
            entry.put("city", group == null || group.online() ? "" : group.city());
            entry.put("online", group != null && group.online());
            entry.put("slot", group == null ? "" : l.pick(group.day(), group.dayEnglish()));
            entry.put("sizeBefore", g.assumedCount());
            entry.put("sizeAfter", g.assumedCount() + people.size());
            entry.put("capacity", people.isEmpty() ? 0 : people.getFirst().capacity());
            entry.put("running", g.assumedCount() > 0);
            entry.put("applied", p.appliedGroups().contains(g.groupId()));
            List<Object> placements = new ArrayList<>();
            for (Explainer.Placed stored : people) {
                Explainer.Placed x = withSlot(stored, group);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("applicantId", x.applicantId());
                m.put("name", name(names, x.applicantId(), l));
                m.put("reason", ReasonText.placedLine(x, l));
                m.put("applied", p.appliedApplicants().contains(x.applicantId()));
                placements.add(m);
            }
            entry.put("placements", placements);
            out.add(entry);
        }
        return out;
    }

    /** A proposal made without the group's slot still shows when the group meets (without a preference rank). */
    private static Explainer.Placed withSlot(Explainer.Placed x, Group group) {
        if (!x.slot().isEmpty() || group == null || group.weekday() == null || group.partOfDay() == null) {
            return x;
        }
        return new Explainer.Placed(x.applicantId(), x.groupId(), x.km(), x.nearness(), x.region(),
                group.weekday() + "-" + group.partOfDay(), 0, x.language(), x.mode(), x.running(), x.sizeAfter(), x.capacity());
    }

    @SuppressWarnings("unchecked")
    private static List<Object> newGroups(List<Map<String, Object>> suggested, Map<String, String> names, Language l) {
        List<Object> out = new ArrayList<>();
        for (Map<String, Object> g : suggested) {
            List<String> ids = (List<String>) g.getOrDefault("applicantIds", List.of());
            Explainer.Sentence s = new Explainer.Sentence("new-group", List.of(), 0, ids.size(), List.of(),
                    (String) g.get("language"), (String) g.get("mode"), (String) g.get("region"));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("index", g.get("index"));
            entry.put("description", ReasonText.sentences(List.of(s), id -> null, l).getFirst());
            entry.put("people", ids.stream().map(id -> (Object) Map.of("applicantId", id, "name", name(names, id, l)))
                    .toList());
            out.add(entry);
        }
        return out;
    }

    /**
     * "Dit voorstel plaatst zoveel mensen als kan en haalt minstens 99,6 % van het best haalbare." The percentage is
     * 100 − the gap to the bound, rounded down, so it never claims more than is proven.
     */
    static String quality(Map<String, Object> body, Language l) {
        Number placed = (Number) body.get("placedCount");
        Number bound = (Number) body.get("placedBound");
        Number gap = (Number) body.get("gap");
        if (placed == null || bound == null) {
            return "";
        }
        if (gap == null) {
            return l.pick("Dit voorstel plaatst " + placed + " mensen; hooguit " + bound + " zijn te plaatsen.",
                    "This proposal places " + placed + " people; at most " + bound + " can be placed.");
        }
        if (gap.doubleValue() <= 0) {
            return l.pick("Dit voorstel plaatst zoveel mensen als kan en is het best haalbare.",
                    "This proposal places as many people as possible and is the best achievable.");
        }
        BigDecimal pct = BigDecimal.valueOf(100 * (1 - gap.doubleValue())).setScale(1, RoundingMode.FLOOR)
                .stripTrailingZeros();
        String nl = pct.toPlainString().replace('.', ',');
        return l.pick("Dit voorstel plaatst zoveel mensen als kan en haalt minstens " + nl + " % van het best haalbare.",
                "This proposal places as many people as possible and reaches at least " + pct.toPlainString()
                        + " % of the best achievable.");
    }

    private static String groupName(Map<String, Group> groups, String id, Language l) {
        Group g = groups.get(id);
        return g == null ? l.pick("(groep bestaat niet meer)", "(group no longer exists)") : g.name();
    }

    private static String name(Map<String, String> names, String id, Language l) {
        String name = names.get(id);
        return name == null ? l.pick("(naam onbekend)", "(name unknown)") : name;
    }
}
