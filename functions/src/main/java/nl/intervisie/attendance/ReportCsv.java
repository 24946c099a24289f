package nl.intervisie.attendance;

import nl.intervisie.http.Language;

import java.util.List;

/**
 * The year report as CSV that Excel opens correctly in a Dutch setting: UTF-8 with a byte order mark (so "Zoë"
 * stays "Zoë"), ';' between fields, decimal comma (point in English), CRLF line ends, RFC 4180 quoting. Cells that a spreadsheet
 * would run as a formula (starting with = + - @, tab or CR) get a leading apostrophe.
 */
final class ReportCsv {
    static final char BOM = '\uFEFF';
    private static final String SEPARATOR = ";";
    private static final String NEWLINE = "\r\n";

    private ReportCsv() {
    }

    static String write(AttendanceService.YearReport report, Language lang) {
        StringBuilder csv = new StringBuilder().append(BOM);
        line(csv, List.of(
                lang.pick("deelnemer-id", "participant id"), lang.pick("naam", "name"), lang.pick("groepen", "groups"),
                lang.pick("aanwezig", "attended"), lang.pick("afgemeld", "excused"), lang.pick("afwezig", "absent"),
                lang.pick("uren", "hours"), lang.pick("vereist", "required"), lang.pick("voldaan", "met")));
        for (AttendanceService.ReportRow row : report.rows()) {
            line(csv, List.of(row.applicantId(), row.name(), String.join(", ", row.groups()),
                    Integer.toString(row.attended()), Integer.toString(row.excused()), Integer.toString(row.absent()),
                    lang == Language.EN ? Hours.of(row.minutes()).toPlainString() : Hours.dutch(row.minutes()), Integer.toString(report.rules().meetingsPerYear()),
                    row.met() ? lang.pick("ja", "yes") : lang.pick("nee", "no")));
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(SEPARATOR);
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append(NEWLINE);
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.contains(SEPARATOR) || text.contains("\"") || text.contains("\n") || text.contains("\r")
                || !text.equals(text.strip());
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
