package nl.intervisie.groups;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the first import of the groups (site/data/groups.yaml, packaged into the functions jar as
 * catalogue/groups.yaml). After the import the table is the source: see {@link GroupAdmin#importCatalogue}.
 */
public final class GroupCatalogue {
    static final String RESOURCE = "/catalogue/groups.yaml";

    private GroupCatalogue() {
    }

    public static List<Group> load() {
        try (InputStream in = GroupCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Group catalogue missing from the jar: " + RESOURCE);
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Group> parse(InputStream in) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        List<Group> groups = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Object entry : (List<?>) root.get("groups")) {
            Map<?, ?> g = (Map<?, ?>) entry;
            Group group = new Group(text(g, "id"), text(g, "name"), text(g, "region"), text(g, "city"),
                    text(g, "venue"), weekday(g), partOfDay(g), text(g, "frequency"), text(g, "language"),
                    text(g, "mode"), text(g, "facilitator"), optional(g, "facilitatorEmail"),
                    optional(g, "facilitatorUsername"), capacity(g),
                    ((Number) g.get("latitude")).doubleValue(), ((Number) g.get("longitude")).doubleValue(),
                    g.get("status") == null ? "open" : g.get("status").toString());
            check(group, ids);
            groups.add(group);
        }
        return List.copyOf(groups);
    }

    private static void check(Group group, Set<String> ids) {
        if (!ids.add(group.id())) {
            throw new IllegalStateException("Duplicate group id in catalogue: " + group.id());
        }
        if (group.capacity() < 1 || group.capacity() > Group.MAX_CAPACITY) {
            throw new IllegalStateException("Group " + group.id() + ": capacity must be 1.." + Group.MAX_CAPACITY);
        }
        if (group.weekday() == null || group.partOfDay() == null || !Group.STATUSES.contains(group.status())) {
            throw new IllegalStateException("Group " + group.id() + ": weekday, partOfDay or status missing or unknown");
        }
        if (!Set.of("nl", "en").contains(group.language()) || !Set.of("in-person", "online").contains(group.mode())) {
            throw new IllegalStateException("Group " + group.id() + ": language must be nl/en, mode in-person/online");
        }
    }

    /** The network's rule is at most Group.MAX_CAPACITY; a group that says nothing gets that, one that says something else is refused. */
    private static int capacity(Map<?, ?> g) {
        Object value = g.get("capacity");
        if (value == null) {
            return Group.MAX_CAPACITY;
        }
        if (!(value instanceof Integer n)) {
            throw new IllegalStateException("Group " + g.get("id") + ": capacity must be a whole number 1.." + Group.MAX_CAPACITY);
        }
        return n;
    }

    /** weekday (monday..sunday), or from an older Dutch "day" text such as "dinsdagmiddag". */
    private static String weekday(Map<?, ?> g) {
        Object value = g.get("weekday");
        return value != null && Group.WEEKDAYS.contains(value.toString()) ? value.toString()
                : value == null ? Group.weekdayOf(optional(g, "day")) : null;
    }

    private static String partOfDay(Map<?, ?> g) {
        Object value = g.get("partOfDay");
        return value != null && Group.PARTS_OF_DAY.contains(value.toString()) ? value.toString()
                : value == null ? Group.partOfDayOf(optional(g, "day")) : null;
    }

    private static String optional(Map<?, ?> map, String key) {
        Object value = map.get(key);
        return value == null ? null : value.toString();
    }

    private static String text(Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            throw new IllegalStateException("Group catalogue entry without " + key + ": " + map.get("id"));
        }
        return value.toString();
    }
}
