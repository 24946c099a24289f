package nl.intervisie.places;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlacesTest {
    private final Places places = Places.netherlands();

    @Test
    void theCaseFromTheIssueResolvesToGroningenNearTheGroningenGroupAndFarFromEindhoven() throws IOException {
        Place place = places.parse("9712 CP Groningen").orElseThrow();
        assertEquals("GM0014", place.municipalityId());
        assertEquals("Groningen", place.municipality());

        Map<String, double[]> groups = groupPoints();
        double toGroningen = distanceTo(place, groups.get("groningen-1"));
        double toEindhoven = distanceTo(place, groups.get("eindhoven-1"));
        assertTrue(toGroningen < 5, "Groningen group is " + toGroningen + " km away");
        assertTrue(toEindhoven > 190 && toEindhoven < 215, "Eindhoven group is " + toEindhoven + " km away");
        // The nearest in-person group is the Groningen one.
        String nearest = groups.entrySet().stream()
                .min((a, b) -> Double.compare(distanceTo(place, a.getValue()), distanceTo(place, b.getValue())))
                .orElseThrow().getKey();
        assertEquals("groningen-1", nearest);
    }

    @Test
    void haversineMatchesTheGeometryOfTheSphere() {
        // One degree along a meridian is R * pi / 180; a quarter of the equator is R * pi / 2.
        assertEquals(Places.EARTH_RADIUS_KM * Math.PI / 180, Places.distanceKm(52, 5, 53, 5), 1e-9);
        assertEquals(Places.EARTH_RADIUS_KM * Math.PI / 2, Places.distanceKm(0, 0, 0, 90), 1e-6);
        assertEquals(0, Places.distanceKm(53.2, 6.5, 53.2, 6.5), 1e-12);
        // Symmetric, and a degree of longitude shrinks with cos(latitude).
        assertEquals(Places.distanceKm(51.4, 5.4, 53.2, 6.5), Places.distanceKm(53.2, 6.5, 51.4, 5.4), 1e-9);
        assertEquals(Places.EARTH_RADIUS_KM * Math.PI / 180 * Math.cos(Math.toRadians(60)),
                Places.distanceKm(60, 5, 60, 6), 0.01);
    }

    @Test
    void knownStraightLineDistancesBetweenDutchCities() {
        // Published straight-line distances between the city centres, rounded to the km.
        assertDistance("Amsterdam", "Rotterdam", 57, 3);
        assertDistance("Amsterdam", "Groningen", 147, 4);
        assertDistance("Groningen", "Maastricht", 270, 5);
        assertDistance("Utrecht", "Eindhoven", 76, 3);
        assertDistance("'s-Gravenhage", "Enschede", 177, 4);
    }

    @Test
    void municipalityNamesAreCaseDiacriticsAndPunctuationTolerant() {
        assertMunicipality("GM0518", "Den Haag", "den haag", "'s-Gravenhage", "s gravenhage", "S-GRAVENHAGE",
                "The Hague", "Gemeente Den Haag");
        assertMunicipality("GM1900", "Súdwest-Fryslân", "sudwest fryslan", "Sûdwest Fryslân", "SÚDWEST-FRYSLÂN");
        assertMunicipality("GM0796", "'s-Hertogenbosch", "Den Bosch", "s-hertogenbosch");
        assertMunicipality("GM0014", "Groningen", " groningen ", "GM0014", "gm0014", "Gemeente Groningen");
        assertMunicipality("GM0748", "Bergen op Zoom");
        assertMunicipality("GM0373", "Bergen (NH.)", "bergen nh");
        assertMunicipality("GM0893", "Bergen (L.)", "Bergen L");
        assertEquals("'s-Gravenhage", places.byMunicipality("den haag").orElseThrow().municipality());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "Bergen", "Groningen-Stad", "Amsterdam Amsterdam", "GM9999", "Atlantis", "1234",
            "Gemeente", "'s", "Sneek"})
    void anythingThatIsNotAMunicipalityIsEmpty(String input) {
        // "Bergen" is two municipalities; Sneek is a town, not a municipality (parse finds it, this does not).
        assertTrue(places.byMunicipality(input).isEmpty(), input);
    }

    @Test
    void everyMunicipalityResolvesByItsOwnNameAndLiesInTheNetherlands() {
        List<Municipality> all = places.municipalities();
        assertEquals(342, all.size());
        Set<String> ids = new HashSet<>();
        for (Municipality m : all) {
            assertTrue(ids.add(m.id()), m.id());
            assertTrue(m.id().matches("GM[0-9]{4}"), m.id());
            assertEquals(m.id(), places.byMunicipality(m.name()).orElseThrow().municipalityId(), m.name());
            assertTrue(m.latitude() > 50.7 && m.latitude() < 53.6 && m.longitude() > 3.3 && m.longitude() < 7.3,
                    m.name() + " at " + m.latitude() + "," + m.longitude());
        }
    }

    @Test
    void freeTextFindsThePlaceAtTheEndOfAnAddressOrATown() {
        assertParsed("GM0546", "Stationsweg 1, 2312 AV Leiden");
        assertParsed("GM0344", "Utrecht");
        assertParsed("GM0344", "gemeente utrecht, provincie Utrecht");
        assertParsed("GM0748", "Bergen op Zoom");                // the longest name wins over "Bergen"
        assertParsed("GM0753", "best");                          // the municipality Best
        assertParsed("GM0772", "Ik woon in Eindhoven");
        assertParsed("GM0518", "Den Haag (Scheveningen)");
        Place sneek = places.parse("8601 Sneek").orElseThrow();  // a town resolves to its own point
        assertEquals("GM1900", sneek.municipalityId());
        assertEquals("Sneek", sneek.label());
        assertEquals(53.03, sneek.latitude(), 0.01);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "xyz", "12", "0000 AA", "!!!", "nergens", "Bergen", "\u0000\uFFFF",
            "9712 CP", "9712"})
    void unrecognisableTextIsEmptyNotAnError(String input) {
        // Without a postcode table, a postcode alone says nothing; "Bergen" is ambiguous.
        assertTrue(places.parse(input).isEmpty(), input);
    }

    @Test
    void overlongTextIsEmpty() {
        assertTrue(places.parse("Groningen ".repeat(1_000)).isEmpty());
        assertTrue(places.byMunicipality("a".repeat(10_000)).isEmpty());
        assertTrue(places.byPostcode("9".repeat(10_000)).isEmpty());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "0123", "97123", "971", "9712 C", "9712CPX", "9712 CP 1", "CP 9712", "abcd",
            "9712-CP", "٩٧١٢"})
    void malformedPostcodesAreEmpty(String input) throws IOException {
        assertTrue(withPostcodes().byPostcode(input).isEmpty(), input);
    }

    @Test
    void postcodesResolveThroughThePostcodeTableWhenOneShips() throws IOException {
        Places withTable = withPostcodes();
        assertTrue(withTable.hasPostcodes());
        for (String form : List.of("9712", "9712CP", "9712 CP", " 9712 cp ")) {
            Place p = withTable.byPostcode(form).orElseThrow(() -> new AssertionError(form));
            assertEquals("9712", p.label());
            assertEquals("GM0014", p.municipalityId());
            assertEquals(53.2157, p.latitude(), 1e-9);
        }
        assertTrue(withTable.byPostcode("9713").isEmpty());
        // A known postcode beats the name after it: this one lies in Eindhoven.
        assertEquals("GM0772", withTable.parse("5611 AB Groningen").orElseThrow().municipalityId());
        // An unknown postcode does not stop the name from being used.
        assertEquals("GM0014", withTable.parse("9999 ZZ Groningen").orElseThrow().municipalityId());
    }

    @Test
    void theShippedJarHasNoPostcodeTable() {
        // Recorded so the day a table is added (README beside build_places.py) this test is updated on purpose.
        assertFalse(places.hasPostcodes());
        assertTrue(places.byPostcode("9712").isEmpty());
    }

    @Test
    void theSiteListOfMunicipalitiesIsTheOneThePlacesKnow() throws IOException {
        try (InputStream in = PlacesTest.class.getResourceAsStream("/catalogue/municipalities.yaml")) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<?> listed = (List<?>) root.get("municipalities");
            Map<String, String> byId = places.municipalities().stream()
                    .collect(Collectors.toMap(Municipality::id, Municipality::name));
            assertEquals(byId.size(), listed.size());
            for (Object o : listed) {
                Map<?, ?> entry = (Map<?, ?>) o;
                assertEquals(byId.get((String) entry.get("id")), entry.get("name"), String.valueOf(entry.get("id")));
            }
        }
    }

    @Test
    void inconsistentTablesAreRefusedAtLoad() {
        String municipalities = "GM0014\tGroningen\tGroningen\t53.2\t6.5\tplace\t\n";
        assertThrowsIllegalState(municipalities, "Sneek\tGM1900\t53.0\t5.6\n", null);
        assertThrowsIllegalState(municipalities + "GM0014\tOther\tGroningen\t53.2\t6.5\tplace\t\n", "", null);
        assertThrowsIllegalState(municipalities + "GM0015\tgroningen\tGroningen\t53.2\t6.5\tplace\t\n", "", null);
        assertThrowsIllegalState("GM0014\tGroningen\n", "", null);
    }

    private static void assertThrowsIllegalState(String municipalities, String towns, String postcodes) {
        assertThrows(IllegalStateException.class, () -> Places.read(
                new StringReader(municipalities), new StringReader(towns),
                postcodes == null ? null : new StringReader(postcodes)));
    }

    private static Places withPostcodes() throws IOException {
        try (var m = Places.class.getResourceAsStream(Places.MUNICIPALITIES);
             var t = Places.class.getResourceAsStream(Places.TOWNS)) {
            String pc4 = "# pc4\tmunicipality\tlat\tlon\n9712\tGM0014\t53.2157\t6.5680\n5611\tGM0772\t51.4380\t5.4780\n";
            return Places.read(new InputStreamReader(m, StandardCharsets.UTF_8),
                    new InputStreamReader(t, StandardCharsets.UTF_8), new StringReader(pc4));
        }
    }

    private void assertMunicipality(String id, String... names) {
        for (String name : names) {
            assertEquals(id, places.byMunicipality(name).map(Place::municipalityId).orElse("(none)"), name);
        }
    }

    private void assertParsed(String id, String text) {
        assertEquals(id, places.parse(text).map(Place::municipalityId).orElse("(none)"), text);
    }

    private void assertDistance(String from, String to, double km, double tolerance) {
        double d = Places.distanceKm(places.byMunicipality(from).orElseThrow(), places.byMunicipality(to).orElseThrow());
        assertEquals(km, d, tolerance, from + " - " + to);
    }

    private static double distanceTo(Place place, double[] point) {
        return Places.distanceKm(place.latitude(), place.longitude(), point[0], point[1]);
    }

    /** In-person groups' points from the catalogue the site and the matching share (site/data/groups.yaml). */
    private static Map<String, double[]> groupPoints() throws IOException {
        try (InputStream in = PlacesTest.class.getResourceAsStream("/catalogue/groups.yaml")) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return ((List<?>) root.get("groups")).stream().map(g -> (Map<?, ?>) g)
                    .filter(g -> "in-person".equals(g.get("mode")))
                    .collect(Collectors.toMap(g -> (String) g.get("id"), g -> new double[]{
                            ((Number) g.get("latitude")).doubleValue(), ((Number) g.get("longitude")).doubleValue()}));
        }
    }
}
