package nl.intervisie.attendance;

/**
 * Keeps a spreadsheet from running a cell as a formula (CSV injection, OWASP): a cell that starts with = + - @ —
 * also behind leading whitespace of any kind (space, tab, CR, LF, no-break and other Unicode spaces, zero-width
 * and other invisible format characters), and also in their full-width forms — gets a leading apostrophe, which
 * spreadsheets read as "this is text". Ours, not the CSV library's: the library only quotes.
 */
final class FormulaGuard {
    private static final String TRIGGERS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";

    private FormulaGuard() {
    }

    static String defuse(String value) {
        if (value == null) {
            return "";
        }
        int i = 0;
        while (i < value.length() && ignorable(value.charAt(i))) {
            i++;
        }
        boolean formula = i < value.length() && TRIGGERS.indexOf(value.charAt(i)) >= 0;
        // A cell of nothing but a control character (tab, CR) is also refused its effect.
        boolean control = i > 0 && i == value.length() && Character.isISOControl(value.charAt(0));
        return formula || control ? "'" + value : value;
    }

    /** What a spreadsheet skips before it decides whether a cell is a formula. */
    private static boolean ignorable(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT;
    }
}
