package nl.intervisie.attendance;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategy;
import nl.intervisie.http.Language;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The year report as CSV that Excel opens correctly in a Dutch setting: UTF-8 with a byte order mark (so "Zoë"
 * stays "Zoë"), ';' between fields, decimal comma (point in English), CRLF line ends. Writing and RFC 4180
 * quoting are FastCSV's; cells that a spreadsheet would run as a formula are defused first ({@link FormulaGuard}).
 */
final class ReportCsv {
    static final char BOM = '\uFEFF';

    /** Besides what RFC 4180 needs (FastCSV does that itself): keep leading or trailing spaces visible. */
    private static final QuoteStrategy KEEP_SPACES = new QuoteStrategy() {
        @Override
        public boolean quoteValue(int lineNo, int fieldIdx, String value) {
            return !value.equals(value.strip());
        }
    };

    private ReportCsv() {
    }

    static String write(AttendanceService.YearReport report, Language lang) {
        StringWriter out = new StringWriter().append(BOM);
        try (CsvWriter csv = CsvWriter.builder().fieldSeparator(';').lineDelimiter(LineDelimiter.CRLF)
                .quoteStrategy(KEEP_SPACES).build(out)) {
            line(csv, List.of(
                    lang.pick("deelnemer-id", "participant id"), lang.pick("naam", "name"), lang.pick("groepen", "groups"),
                    lang.pick("aanwezig", "attended"), lang.pick("afgemeld", "excused"), lang.pick("afwezig", "absent"),
                    lang.pick("uren", "hours"), lang.pick("vereist", "required"), lang.pick("voldaan", "met")));
            for (AttendanceService.ReportRow row : report.rows()) {
                line(csv, List.of(row.applicantId(), row.name(), String.join(", ", row.groups()),
                        Integer.toString(row.attended()), Integer.toString(row.excused()), Integer.toString(row.absent()),
                        lang == Language.EN ? Hours.of(row.minutes()).toPlainString() : Hours.dutch(row.minutes()),
                        Integer.toString(report.rules().meetingsPerYear()), row.met() ? lang.pick("ja", "yes") : lang.pick("nee", "no")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private static void line(CsvWriter csv, List<String> cells) {
        csv.writeRecord(cells.stream().map(FormulaGuard::defuse).toList());
    }
}
