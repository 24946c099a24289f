package nl.intervisie.signup;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferencesTest {
    @Test
    void referencesAreShortUnambiguousAndVary() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String ref = References.next();
            assertTrue(References.isValid(ref), ref);
            assertTrue(ref.substring(3).chars().noneMatch(c -> "01OIL".indexOf(c) >= 0), ref);
            seen.add(ref);
        }
        assertTrue(seen.size() > 990, "references repeat too often: " + seen.size());
    }

    @Test
    void lookAlikesAndOtherShapesAreNotReferences() {
        for (String s : new String[]{null, "", "IV-0O1IL2", "IV-7K3M9", "IV-7K3M9QQ", "iv-7k3m9q", "XX-7K3M9Q", "IV-7K3M9Q\n"}) {
            assertFalse(References.isValid(s), String.valueOf(s));
        }
    }
}
