package nl.intervisie.attendance;

import java.util.Locale;

/** How a member took part in one meeting. Only PRESENT counts towards the obligation. */
public enum AttendanceStatus {
    PRESENT, EXCUSED, ABSENT;

    /** The value in the API and in the items: "present", "excused", "absent". */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status for an API value, or null when it is not one. */
    public static AttendanceStatus of(String value) {
        for (AttendanceStatus s : values()) {
            if (s.value().equals(value)) {
                return s;
            }
        }
        return null;
    }
}
