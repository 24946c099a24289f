package nl.intervisie.matching;

import java.util.List;

/**
 * A group as matching sees it.
 *
 * @param memberCount the group item's member count (the capacity check in DynamoDB uses the same number)
 * @param members     the current members matching knows (for organisation and avoid-list checks)
 */
public record GroupSlot(String id, String language, String mode, String region, int capacity, int memberCount,
                        List<Person> members) {
    public int free() {
        return Math.max(0, capacity - memberCount);
    }

    public boolean online() {
        return "online".equals(mode);
    }

    @Override
    public String toString() {
        return id;
    }
}
