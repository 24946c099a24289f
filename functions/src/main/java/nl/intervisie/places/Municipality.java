package nl.intervisie.places;

import java.util.List;

/** A Dutch municipality as packaged: CBS code, official name, province, one point, other names people use. */
public record Municipality(String id, String name, String province, double latitude, double longitude,
                           List<String> aliases) {
    public Municipality {
        aliases = List.copyOf(aliases);
    }

    Place asPlace() {
        return new Place(name, id, name, latitude, longitude);
    }
}
