package nl.intervisie.matching;

import java.util.List;

/**
 * A group as matching sees it.
 *
 * @param capacity    the catalogue's capacity; matching never fills beyond {@link Rules#MAX_SIZE} either way
 * @param memberCount the group item's member count (the capacity check in DynamoDB uses the same number)
 * @param members     the current members matching knows (for organisation and avoid-list checks)
 * @param slot        when the group meets, "weekday-partofday" ("tuesday-evening"), "" when not known
 * @param lat         where an in-person group meets (WGS84 degrees), NaN when unknown or online
 */
public record GroupSlot(String id, String language, String mode, String region, int capacity, int memberCount,
                        List<Person> members, String slot, double lat, double lon) {
    public GroupSlot {
        slot = slot == null ? "" : slot;
    }

    /** Slot and place unknown. */
    public GroupSlot(String id, String language, String mode, String region, int capacity, int memberCount,
                     List<Person> members) {
        this(id, language, mode, region, capacity, memberCount, members, "", Double.NaN, Double.NaN);
    }

    public int free() {
        return Math.max(0, Math.min(capacity, Rules.MAX_SIZE) - memberCount);
    }

    public boolean online() {
        return "online".equals(mode);
    }

    public boolean located() {
        return !Double.isNaN(lat) && !Double.isNaN(lon);
    }

    @Override
    public String toString() {
        return id;
    }
}
