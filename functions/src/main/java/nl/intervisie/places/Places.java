package nl.intervisie.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Offline place lookup for the Netherlands: a 4-digit postcode, a municipality or a town name to a point, and the
 * straight-line distance between two points. The data ships in the jar (resources places/*.tsv, built by
 * functions/tools/places/build_places.py from GeoNames, CC BY 4.0); nothing is asked of a service at run time.
 *
 * <p>Use {@link #netherlands()}: the tables are read once per container (about 2,000 short lines).
 */
public final class Places {
    static final String MUNICIPALITIES = "/places/nl-municipalities.tsv";
    static final String TOWNS = "/places/nl-places.tsv";
    static final String POSTCODES = "/places/nl-pc4.tsv";

    /** Mean earth radius (IUGG), km. */
    static final double EARTH_RADIUS_KM = 6371.0088;

    // 4 digits, the first not 0, then optionally the two letters: "9712", "9712CP", "9712 cp".
    private static final Pattern POSTCODE = Pattern.compile("([1-9][0-9]{3})(?:\\s?([A-Za-z]{2}))?");
    private static final Pattern POSTCODE_IN_TEXT =
            Pattern.compile("(?<![0-9A-Za-z])([1-9][0-9]{3})(?:\\s?[A-Za-z]{2})?(?![0-9A-Za-z])");
    /** Longer input is not a place someone typed; refusing it keeps the n-gram search small. */
    static final int MAX_TEXT = 200;
    private static final int MAX_WORDS_IN_NAME = 6;

    private final List<Municipality> municipalities;
    private final Map<String, Municipality> municipalityByName = new HashMap<>();
    private final Map<String, Municipality> municipalityById = new HashMap<>();
    private final Map<String, Place> townByName = new HashMap<>();
    private final Map<Integer, Place> byPostcode = new HashMap<>();

    private static final class Netherlands {
        static final Places INSTANCE = load();
    }

    /** The packaged data, read on first use and kept for the life of the container. */
    public static Places netherlands() {
        return Netherlands.INSTANCE;
    }

    static Places load() {
        try (Reader m = resource(MUNICIPALITIES, true); Reader t = resource(TOWNS, true);
             Reader p = resource(POSTCODES, false)) {
            return read(m, t, p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds the lookup from the three tables (the postcode table may be null: not shipped). */
    static Places read(Reader municipalities, Reader towns, Reader postcodes) throws IOException {
        return new Places(municipalities, towns, postcodes);
    }

    private Places(Reader municipalityTable, Reader townTable, Reader postcodeTable) throws IOException {
        municipalities = readMunicipalities(municipalityTable);
        readTowns(townTable);
        if (postcodeTable != null) {
            for (String[] f : rows(postcodeTable, 4)) {
                Municipality m = municipality(f[1]);
                byPostcode.put(Integer.parseInt(f[0]),
                        new Place(f[0], m.id(), m.name(), Double.parseDouble(f[2]), Double.parseDouble(f[3])));
            }
        }
    }

    private List<Municipality> readMunicipalities(Reader table) throws IOException {
        List<Municipality> all = new ArrayList<>();
        for (String[] f : rows(table, 6)) {
            List<String> aliases = f.length > 6 && !f[6].isBlank() ? Arrays.asList(f[6].split("\\|")) : List.of();
            Municipality m = new Municipality(f[0], f[1], f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                    aliases);
            all.add(m);
            if (municipalityById.put(m.id(), m) != null) {
                throw new IllegalStateException("Duplicate municipality " + m.id());
            }
            for (String name : names(m)) {
                if (municipalityByName.put(Names.normalise(name), m) != null) {
                    throw new IllegalStateException("Two municipalities are called " + name);
                }
            }
        }
        return List.copyOf(all);
    }

    private void readTowns(Reader table) throws IOException {
        // A town name in two municipalities (there are several Hengelos) is ambiguous: such names resolve to nothing.
        Map<String, Boolean> ambiguous = new HashMap<>();
        for (String[] f : rows(table, 4)) {
            Municipality m = municipality(f[1]);
            String key = Names.normalise(f[0]);
            Place town = new Place(f[0], m.id(), m.name(), Double.parseDouble(f[2]), Double.parseDouble(f[3]));
            Place before = townByName.putIfAbsent(key, town);
            if (before != null && !before.municipalityId().equals(town.municipalityId())) {
                ambiguous.put(key, true);
            }
        }
        // "Bergen" alone could be Bergen (NH.) or Bergen (L.): the bare name of such a pair is ambiguous as well.
        for (Municipality m : municipalities) {
            if (m.name().matches(".+ \\([A-Z]+\\.\\)")) {
                ambiguous.put(Names.normalise(m.name().substring(0, m.name().lastIndexOf(" ("))), true);
            }
        }
        ambiguous.keySet().forEach(townByName::remove);
    }

    /** All municipalities, in the packaged order (by CBS code). */
    public List<Municipality> municipalities() {
        return municipalities;
    }

    /** Whether a postcode table ships with this build (see README beside the build script). */
    public boolean hasPostcodes() {
        return !byPostcode.isEmpty();
    }

    /** "9712", "9712CP" or "9712 CP" to the point of that 4-digit postcode; anything else, or unknown, is empty. */
    public Optional<Place> byPostcode(String postcode) {
        if (postcode == null || postcode.length() > 10) {
            return Optional.empty();
        }
        Matcher m = POSTCODE.matcher(postcode.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byPostcode.get(Integer.parseInt(m.group(1))));
    }

    /**
     * A municipality by its official name, another name it goes by ("Den Haag", "Den Bosch"), with or without
     * "Gemeente", or its CBS code ("GM0014"). Case, diacritics and punctuation do not matter.
     */
    public Optional<Place> byMunicipality(String name) {
        if (name == null || name.length() > MAX_TEXT) {
            return Optional.empty();
        }
        return byKey(Names.normalise(name));
    }

    /** A municipality by an already normalised name. */
    private Optional<Place> byKey(String key) {
        if (key.startsWith("gemeente ")) {
            key = key.substring("gemeente ".length());
        }
        Municipality m = municipalityByName.get(key);
        if (m == null && key.matches("gm ?[0-9]{4}")) {
            m = municipalityById.get("GM" + key.substring(key.length() - 4));
        }
        return Optional.ofNullable(m).map(Municipality::asPlace);
    }

    /**
     * Free text as people type it ("9712 CP Groningen", "Stationsweg 1, Leiden", "Sneek"): a known postcode first,
     * else the longest municipality or town name in it, the rightmost of equally long ones (Dutch addresses end
     * with the place). Municipalities beat towns of the same length. Nothing recognisable is empty.
     */
    public Optional<Place> parse(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            return Optional.empty();
        }
        Matcher postcode = POSTCODE_IN_TEXT.matcher(text);
        while (postcode.find()) {
            Optional<Place> found = byPostcode(postcode.group());
            if (found.isPresent()) {
                return found;
            }
        }
        String[] words = Names.normalise(postcode.replaceAll(" ")).split(" ");
        for (int length = Math.min(MAX_WORDS_IN_NAME, words.length); length >= 1; length--) {
            Place town = null;
            for (int start = words.length - length; start >= 0; start--) {
                String key = String.join(" ", Arrays.copyOfRange(words, start, start + length));
                Optional<Place> municipality = byKey(key);
                if (municipality.isPresent()) {
                    return municipality;
                }
                if (town == null) {
                    town = townByName.get(key);
                }
            }
            if (town != null) {
                return Optional.of(town);
            }
        }
        return Optional.empty();
    }

    /** Straight-line (great-circle, haversine) distance in km. */
    public static double distanceKm(Place a, Place b) {
        return distanceKm(a.latitude(), a.longitude(), b.latitude(), b.longitude());
    }

    /** Straight-line (great-circle, haversine) distance in km between two WGS84 points in degrees. */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private Municipality municipality(String id) {
        Municipality m = municipalityById.get(id);
        if (m == null) {
            throw new IllegalStateException("Place table names an unknown municipality " + id);
        }
        return m;
    }

    private static List<String> names(Municipality m) {
        List<String> names = new ArrayList<>(m.aliases());
        names.add(0, m.name());
        return names;
    }

    private static List<String[]> rows(Reader table, int minFields) throws IOException {
        List<String[]> rows = new ArrayList<>();
        BufferedReader lines = new BufferedReader(table);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length < minFields) {
                throw new IllegalStateException("Place table line with fewer than " + minFields + " fields: " + line);
            }
            rows.add(fields);
        }
        return rows;
    }

    private static Reader resource(String name, boolean required) {
        InputStream in = Places.class.getResourceAsStream(name);
        if (in == null) {
            if (required) {
                throw new IllegalStateException("Place data missing from the jar: " + name);
            }
            return null;
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
