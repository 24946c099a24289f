package nl.intervisie.groups;

import nl.intervisie.network.GroupSize;
/**
 * An intervision group as the catalogue (site/data/groups.yaml) describes it. The catalogue is the one
 * source: the site renders it and the back end loads it, so no fact is typed twice.
 *
 * @param mode     "in-person" or "online"
 * @param language "nl" or "en"
 * @param capacity at most {@link GroupSize#MAX} participants (the network's rule); a group may say less
 */
public record Group(String id, String name, String region, String city, String venue, String day,
                    String frequency, String language, String mode, String facilitator, int capacity,
                    double latitude, double longitude) {
    /** The network's maximum ({@link GroupSize#MAX}): a group without its own capacity gets it. */
    public static final int MAX_CAPACITY = GroupSize.MAX;

    public boolean online() {
        return "online".equals(mode);
    }
}
