package nl.intervisie.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The explanations in the stored proposal body and back: "assignments" (one entry per placement with the facts of
 * its line), "waiting" (per person at most three sentences as facts) and "newGroups". Ids and facts only; the words
 * are made when the proposal is read ({@link ProposalView}), in the reader's language with the groups' names.
 */
final class ProposalBody {
    private ProposalBody() {
    }

    static void put(Map<String, Object> body, Explainer.Explanations e, List<NewGroups.NewGroup> newGroups) {
        body.put("assignments", e.placed().stream().map(ProposalBody::placedJson).toList());
        List<Object> suggested = new ArrayList<>();
        for (int n = 0; n < newGroups.size(); n++) {
            NewGroups.NewGroup g = newGroups.get(n);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("index", n);
            entry.put("language", g.language());
            entry.put("mode", g.mode());
            entry.put("region", g.region());
            entry.put("applicantIds", g.applicantIds());
            suggested.add(entry);
        }
        body.put("newGroups", suggested);
        body.put("waiting", e.waiting().stream().map(ProposalBody::waitingJson).toList());
    }

    private static Map<String, Object> placedJson(Explainer.Placed p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("applicantId", p.applicantId());
        m.put("groupId", p.groupId());
        m.put("km", p.km());
        m.put("nearness", p.nearness());
        m.put("region", p.region());
        m.put("slot", p.slot());
        m.put("slotRank", p.slotRank());
        m.put("language", p.language());
        m.put("mode", p.mode());
        m.put("running", p.running());
        m.put("sizeAfter", p.sizeAfter());
        m.put("capacity", p.capacity());
        return m;
    }

    private static Map<String, Object> waitingJson(Explainer.Waiting w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("applicantId", w.applicantId());
        m.put("newGroup", w.newGroup());
        List<Object> sentences = new ArrayList<>();
        for (Explainer.Sentence s : w.sentences()) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("rule", s.rule());
            if (!s.groups().isEmpty()) {
                j.put("groups", s.groups());
            }
            if (s.more() > 0) {
                j.put("more", s.more());
            }
            if (s.number() != null) {
                j.put("number", s.number());
            }
            if (!s.slots().isEmpty()) {
                j.put("slots", s.slots());
            }
            putIfSet(j, "language", s.language());
            putIfSet(j, "mode", s.mode());
            putIfSet(j, "place", s.place());
            sentences.add(j);
        }
        m.put("sentences", sentences);
        return m;
    }

    private static void putIfSet(Map<String, Object> m, String key, String value) {
        if (!value.isEmpty()) {
            m.put(key, value);
        }
    }

    static Explainer.Placed placed(Map<String, Object> m) {
        Number km = (Number) m.get("km");
        return new Explainer.Placed((String) m.get("applicantId"), (String) m.get("groupId"),
                km == null ? null : km.intValue(), text(m, "nearness"), text(m, "region"), text(m, "slot"),
                number(m, "slotRank"), text(m, "language"), text(m, "mode"), Boolean.TRUE.equals(m.get("running")),
                number(m, "sizeAfter"), number(m, "capacity"));
    }

    @SuppressWarnings("unchecked")
    static Explainer.Waiting waiting(Map<String, Object> m) {
        List<Explainer.Sentence> sentences = new ArrayList<>();
        for (Object o : (List<Object>) m.getOrDefault("sentences", List.of())) {
            Map<String, Object> s = (Map<String, Object>) o;
            Number n = (Number) s.get("number");
            sentences.add(new Explainer.Sentence(text(s, "rule"), (List<String>) s.get("groups"), number(s, "more"),
                    n == null ? null : n.intValue(), (List<String>) s.get("slots"), text(s, "language"),
                    text(s, "mode"), text(s, "place")));
        }
        Number newGroup = (Number) m.get("newGroup");
        return new Explainer.Waiting((String) m.get("applicantId"), newGroup == null ? null : newGroup.intValue(), sentences);
    }

    private static String text(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? "" : v.toString();
    }

    private static int number(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v instanceof Number n ? n.intValue() : 0;
    }
}
