package nl.intervisie.signup;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Short reference numbers people can read out and type: "IV-" and six characters from an alphabet without
 * look-alikes (no 0/O, 1/I/L). 31^6 ≈ 887 million values: collisions are unlikely and harmless (the applicant id,
 * not the reference, is the key).
 */
public final class References {
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final Pattern PATTERN = Pattern.compile("IV-[" + ALPHABET + "]{6}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private References() {
    }

    public static String next() {
        StringBuilder sb = new StringBuilder("IV-");
        for (int i = 0; i < 6; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    public static boolean isValid(String reference) {
        return reference != null && PATTERN.matcher(reference).matches();
    }
}
