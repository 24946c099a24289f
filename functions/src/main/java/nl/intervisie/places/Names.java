package nl.intervisie.places;

import java.text.Normalizer;
import java.util.Locale;

/** How names are compared: without diacritics, case or punctuation ("'s-Gravenhage" = "s gravenhage"). */
final class Names {
    private Names() {
    }

    static String normalise(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder(plain.length());
        boolean space = true;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') {
            out.setLength(end - 1);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
