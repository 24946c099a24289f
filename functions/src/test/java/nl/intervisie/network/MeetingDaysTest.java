package nl.intervisie.network;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Dutch public holidays against published dates, and the summer break's edges. */
class MeetingDaysTest {
    @Test
    void easterAndTheHolidaysThatHangOnItMatchThePublishedDates() {
        assertEquals(LocalDate.of(2026, 4, 5), MeetingDays.easter(2026));
        assertEquals(LocalDate.of(2027, 3, 28), MeetingDays.easter(2027));
        assertEquals(LocalDate.of(2028, 4, 16), MeetingDays.easter(2028));
        assertEquals(LocalDate.of(2019, 4, 21), MeetingDays.easter(2019));
        var h2027 = MeetingDays.holidays(2027);
        assertTrue(h2027.contains(LocalDate.of(2027, 3, 26)), "Goede Vrijdag");
        assertTrue(h2027.contains(LocalDate.of(2027, 3, 29)), "Tweede Paasdag");
        assertTrue(h2027.contains(LocalDate.of(2027, 5, 6)), "Hemelvaartsdag");
        assertTrue(h2027.contains(LocalDate.of(2027, 5, 17)), "Tweede Pinksterdag");
        assertTrue(h2027.contains(LocalDate.of(2027, 4, 27)), "Koningsdag on a Tuesday");
        assertTrue(MeetingDays.holidays(2025).contains(LocalDate.of(2025, 4, 26)), "Koningsdag 2025: the 27th is a Sunday");
        assertFalse(MeetingDays.holidays(2025).contains(LocalDate.of(2025, 4, 27)));
        assertEquals(11, h2027.size());
    }

    @Test
    void theSummerBreakRunsFromTheFifteenthOfJulyToTheEndOfAugust() {
        assertTrue(MeetingDays.available(LocalDate.of(2027, 7, 14)));
        assertFalse(MeetingDays.available(LocalDate.of(2027, 7, 15)));
        assertFalse(MeetingDays.available(LocalDate.of(2027, 8, 31)));
        assertTrue(MeetingDays.available(LocalDate.of(2027, 9, 1)));
        assertFalse(MeetingDays.available(LocalDate.of(2027, 12, 25)));
    }
}
