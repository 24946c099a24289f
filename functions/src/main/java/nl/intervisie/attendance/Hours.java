package nl.intervisie.attendance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Minutes shown as hours with at most two decimals (2.5 for 150 minutes). */
final class Hours {
    private Hours() {
    }

    static BigDecimal of(int minutes) {
        BigDecimal hours = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP).stripTrailingZeros();
        return hours.scale() < 0 ? hours.setScale(0) : hours; // 120 min is "2", not "2E+0"
    }

    /** Dutch notation: decimal comma ("2,5"). */
    static String dutch(int minutes) {
        return of(minutes).toPlainString().replace('.', ',');
    }
}
