package nl.intervisie.network;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which days a generated meeting may fall on: not on a Dutch public holiday (New Year, Good Friday, Easter, King's
 * Day, Liberation Day, Ascension, Whitsun, Christmas) and not in the network's summer break. Only generating uses
 * this; a coordinator may still plan any single date by hand.
 */
public final class MeetingDays {
    /** The network's summer break: no generated meetings from 15 July to 31 August (school holidays differ per region). */
    public static final MonthDay SUMMER_FROM = MonthDay.of(7, 15);
    public static final MonthDay SUMMER_TO = MonthDay.of(8, 31);

    private MeetingDays() {
    }

    public static boolean available(LocalDate date) {
        return !holidays(date.getYear()).contains(date) && !summerBreak(date);
    }

    public static boolean summerBreak(LocalDate date) {
        MonthDay day = MonthDay.from(date);
        return !day.isBefore(SUMMER_FROM) && !day.isAfter(SUMMER_TO);
    }

    /** The Dutch public holidays of a year. */
    public static Set<LocalDate> holidays(int year) {
        LocalDate easter = easter(year);
        LocalDate kingsDay = LocalDate.of(year, 4, 27);
        if (kingsDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
            kingsDay = kingsDay.minusDays(1); // on a Sunday it moves to the Saturday before
        }
        Set<LocalDate> days = new TreeSet<>();
        days.add(LocalDate.of(year, 1, 1));
        days.add(easter.minusDays(2));
        days.add(easter);
        days.add(easter.plusDays(1));
        days.add(kingsDay);
        days.add(LocalDate.of(year, 5, 5));
        days.add(easter.plusDays(39));
        days.add(easter.plusDays(49));
        days.add(easter.plusDays(50));
        days.add(LocalDate.of(year, 12, 25));
        days.add(LocalDate.of(year, 12, 26));
        return days;
    }

    /** Easter Sunday (Gregorian calendar; the anonymous algorithm of Meeus/Jones/Butcher). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
