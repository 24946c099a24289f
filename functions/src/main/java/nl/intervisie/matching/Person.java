package nl.intervisie.matching;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Someone matching reasons about: a waiting applicant or a current member of a group. Names and organisations
 * are kept only in normalised form, in memory, to evaluate avoid-lists; proposals store ids only.
 *
 * @param history ids of every group this person has been a member of (now or before)
 */
public record Person(String id, String nameKey, Set<String> nameWords, String organisationKey,
                     Set<String> organisationWords, List<String> avoidKeys, Set<String> history) {

    public static Person of(String id, String name, String organisation, List<String> avoid, Set<String> history) {
        String nameKey = normalise(name);
        String orgKey = normalise(organisation);
        return new Person(id, nameKey, words(nameKey), orgKey, words(orgKey),
                avoid == null ? List.of() : avoid.stream().map(Person::normalise).filter(s -> !s.isEmpty()).distinct().toList(),
                history == null ? Set.of() : Set.copyOf(history));
    }

    /** Lower case, accents removed, punctuation to spaces, single spaces: "Ministerie van BZK" → "ministerie van bzk". */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static Set<String> words(String key) {
        return key.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(key.split(" ")));
    }
}
