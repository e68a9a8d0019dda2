package vn.gov.sonla.awards.song.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.common.ForbiddenException;
import vn.gov.sonla.awards.common.PlainText;
import vn.gov.sonla.awards.song.Contribution;
import vn.gov.sonla.awards.song.ContributorType;
import vn.gov.sonla.awards.song.DeviceKind;
import vn.gov.sonla.awards.song.Distribution;
import vn.gov.sonla.awards.song.LedgerRefusal;
import vn.gov.sonla.awards.song.Problem;
import vn.gov.sonla.awards.song.SongDirectory;
import vn.gov.sonla.awards.song.SongLedger;

/**
 * The import of the program's existing lists from a spreadsheet: contributions on the first sheet, hand-overs to
 * schools on the second, recorded all or nothing, with the problems by sheet, row and column.
 */
@Component
class LedgerImport {

    static final int MAX_ROWS = 2000;
    static final long MAX_BYTES = 5L * 1024 * 1024;
    private static final java.util.regex.Pattern WHOLE_NUMBER =
            java.util.regex.Pattern.compile("-?(\\d{1,3}([., ]\\d{3})+|\\d+)");
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** The contributions sheet's columns, in order. */
    static final List<String> CONTRIBUTION_COLUMNS = List.of("contributorType", "contributor", "publishName", "givenOn",
            "money", "deviceKind", "deviceCount", "deviceValue", "villagesCovered", "coverage", "districtId", "commune",
            "schoolName");
    /** The hand-overs sheet's columns, in order. */
    static final List<String> DISTRIBUTION_COLUMNS = List.of("givenOn", "districtId", "schoolName", "deviceKind",
            "deviceCount");

    private final SongLedger ledger;
    private final SongDirectory directory;
    private final MessageSource messages;

    LedgerImport(SongLedger ledger, SongDirectory directory, MessageSource messages) {
        this.ledger = ledger;
        this.directory = directory;
        this.messages = messages;
    }

    /** A refused cell: the sheet (1 contributions, 2 hand-overs), the row as numbered in the spreadsheet, the column. */
    record ImportProblem(int sheet, int row, String column, String messageKey, Object[] arguments) {
    }

    /** What an import did: how many entries it recorded, or why it recorded none. */
    record ImportResult(int contributions, int distributions, List<ImportProblem> problems) {
    }

    /** Records every row, contributions first, in one transaction; rolls all back when one row is refused. */
    @Transactional
    public ImportResult importLists(byte[] xlsx, Actor keeper) {
        if (!ledger.keeps(keeper)) {
            throw new ForbiddenException("song.forbidden");
        }
        List<ImportProblem> problems = new ArrayList<>();
        if (xlsx == null || xlsx.length < 4 || xlsx.length > MAX_BYTES || xlsx[0] != 'P' || xlsx[1] != 'K') {
            return new ImportResult(0, 0, List.of(new ImportProblem(0, 0, "", "import.notXlsx", new Object[0])));
        }
        List<Parsed<Contribution>> contributions = new ArrayList<>();
        List<Parsed<Distribution>> distributions = new ArrayList<>();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            Sheet first = book.getSheetAt(0);
            Sheet second = book.getNumberOfSheets() > 1 ? book.getSheetAt(1) : null;
            if (first.getLastRowNum() > MAX_ROWS || (second != null && second.getLastRowNum() > MAX_ROWS)) {
                return new ImportResult(0, 0, List.of(new ImportProblem(0, 0, "", "import.tooManyRows", new Object[0])));
            }
            for (int r = 1; r <= first.getLastRowNum(); r++) {
                Row row = first.getRow(r);
                if (row != null && !blank(row, CONTRIBUTION_COLUMNS.size(), formatter)) {
                    Parsed<Contribution> c = contribution(row, r + 1, formatter, problems);
                    if (c != null) {
                        contributions.add(c);
                    }
                }
            }
            for (int r = 1; second != null && r <= second.getLastRowNum(); r++) {
                Row row = second.getRow(r);
                if (row != null && !blank(row, DISTRIBUTION_COLUMNS.size(), formatter)) {
                    Parsed<Distribution> d = distribution(row, r + 1, formatter, problems);
                    if (d != null) {
                        distributions.add(d);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // POI refuses corrupt packages and ZIP bombs (ZipSecureFile) with these
            return new ImportResult(0, 0, List.of(new ImportProblem(0, 0, "", "import.notXlsx", new Object[0])));
        }
        if (problems.isEmpty() && contributions.isEmpty() && distributions.isEmpty()) {
            return new ImportResult(0, 0, List.of(new ImportProblem(0, 0, "", "import.noRows", new Object[0])));
        }
        // the rows that read well are recorded in order, so that a hand-over finds the devices given above it
        for (Parsed<Contribution> c : contributions) {
            try {
                ledger.record(c.value(), keeper);
            } catch (LedgerRefusal refused) {
                refused.problems().forEach(p -> problems.add(problem(1, c.row(), CONTRIBUTION_COLUMNS, p)));
            }
        }
        for (Parsed<Distribution> d : distributions) {
            try {
                ledger.distribute(d.value(), keeper);
            } catch (LedgerRefusal refused) {
                refused.problems().forEach(p -> problems.add(problem(2, d.row(), DISTRIBUTION_COLUMNS, p)));
            }
        }
        if (!problems.isEmpty()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            problems.sort(java.util.Comparator.comparingInt(ImportProblem::sheet).thenComparingInt(ImportProblem::row));
            return new ImportResult(0, 0, problems);
        }
        return new ImportResult(contributions.size(), distributions.size(), List.of());
    }

    private record Parsed<T>(int row, T value) {
    }

    private static ImportProblem problem(int sheet, int row, List<String> columns, Problem p) {
        String field = p.field().equals("contributorName") || p.field().equals("contributorUnitId") ? "contributor" : p.field();
        int index = columns.indexOf(field);
        return new ImportProblem(sheet, row, index < 0 ? "" : letter(index), p.messageKey(), p.arguments());
    }

    private Parsed<Contribution> contribution(Row row, int number, DataFormatter f, List<ImportProblem> problems) {
        int before = problems.size();
        Cells cells = new Cells(row, number, 1, CONTRIBUTION_COLUMNS, f, problems);
        if (!cells.plain()) {
            return null;
        }
        ContributorType type = cells.choice("contributorType", ContributorType.class, "song.contributorType.");
        String contributor = cells.text("contributor");
        Long unitId = null;
        if (type == ContributorType.UNIT && contributor != null) {
            unitId = directory.unitByCodeOrName(contributor, false).orElse(null);
            if (unitId == null) {
                cells.refuse("contributor", "song.contributorUnit.unknown", contributor);
            }
        }
        boolean publish = cells.yes("publishName");
        LocalDate date = cells.date("givenOn");
        long money = cells.number("money");
        DeviceKind kind = cells.choice("deviceKind", DeviceKind.class, "song.device.");
        long count = cells.number("deviceCount");
        long value = cells.number("deviceValue");
        long villages = cells.number("villagesCovered");
        String coverage = cells.text("coverage");
        Long district = cells.district("districtId");
        String commune = cells.text("commune");
        String school = cells.text("schoolName");
        if (problems.size() > before) {
            return null;
        }
        if (date == null) {
            cells.refuse("givenOn", "song.date.required");
            return null;
        }
        return new Parsed<>(number, new Contribution(type, unitId, type == ContributorType.UNIT ? null : contributor,
                publish, date, money, kind, count(count), value,
                count(villages), coverage, district, commune, school, null));
    }

    private Parsed<Distribution> distribution(Row row, int number, DataFormatter f, List<ImportProblem> problems) {
        int before = problems.size();
        Cells cells = new Cells(row, number, 2, DISTRIBUTION_COLUMNS, f, problems);
        if (!cells.plain()) {
            return null;
        }
        LocalDate date = cells.date("givenOn");
        Long district = cells.district("districtId");
        String school = cells.text("schoolName");
        DeviceKind kind = cells.choice("deviceKind", DeviceKind.class, "song.device.");
        long count = cells.number("deviceCount");
        if (problems.size() > before) {
            return null;
        }
        if (district == null) {
            cells.refuse("districtId", "song.district.unknown");
            return null;
        }
        return new Parsed<>(number, new Distribution(date, district, school, kind, count(count), null));
    }

    /** The cells of one row, read by column name, each refusal kept with its row and column. */
    private final class Cells {
        private final Row row;
        private final int number;
        private final int sheet;
        private final List<String> columns;
        private final DataFormatter formatter;
        private final List<ImportProblem> problems;

        Cells(Row row, int number, int sheet, List<String> columns, DataFormatter formatter, List<ImportProblem> problems) {
            this.row = row;
            this.number = number;
            this.sheet = sheet;
            this.columns = columns;
            this.formatter = formatter;
            this.problems = problems;
        }

        /** A cell holding NUL or other controls is reported as such and the row read no further. */
        boolean plain() {
            boolean plain = true;
            for (String column : columns) {
                if (!PlainText.isAllowed(raw(column), column.equals("coverage"))) {
                    refuse(column, PlainText.REFUSED);
                    plain = false;
                }
            }
            return plain;
        }

        void refuse(String column, String key, Object... arguments) {
            problems.add(new ImportProblem(sheet, number, letter(columns.indexOf(column)), key, arguments));
        }

        private Cell cell(String column) {
            return row.getCell(columns.indexOf(column));
        }

        private String raw(String column) {
            Cell cell = cell(column);
            return cell == null ? "" : formatter.formatCellValue(cell);
        }

        String text(String column) {
            String text = raw(column).strip();
            return text.isEmpty() ? null : text;
        }

        long number(String column) {
            Cell cell = cell(column);
            if (cell == null || cell.getCellType() == CellType.BLANK) {
                return 0;
            }
            if (cell.getCellType() == CellType.NUMERIC) {
                double v = cell.getNumericCellValue();
                if (v != Math.rint(v) || Math.abs(v) > 9e15) {
                    refuse(column, "song.import.wholeNumber");
                    return 0;
                }
                return (long) v;
            }
            String text = raw(column).strip();
            // digits, grouped by thousands with dots, commas or spaces ("2.000.000"); "1,5" is a fraction, not 15
            if (text.isEmpty()) {
                return 0;
            }
            if (!WHOLE_NUMBER.matcher(text).matches()) {
                refuse(column, "song.import.wholeNumber");
                return 0;
            }
            try {
                return Long.parseLong(text.replaceAll("[., ]", ""));
            } catch (NumberFormatException e) {
                refuse(column, "song.import.wholeNumber");
                return 0;
            }
        }

        LocalDate date(String column) {
            Cell cell = cell(column);
            if (cell == null || cell.getCellType() == CellType.BLANK) {
                return null;
            }
            if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate();
            }
            try {
                return LocalDate.parse(raw(column).strip(), DAY_FIRST);
            } catch (DateTimeParseException e) {
                refuse(column, "import.badDate");
                return null;
            }
        }

        boolean yes(String column) {
            String text = fold(raw(column));
            return text.equals("co") || text.equals("x") || text.equals("yes") || text.equals("true") || text.equals("1");
        }

        /** An enum value by its name or its label in either language (without diacritics, any case). */
        <E extends Enum<E>> E choice(String column, Class<E> type, String labelPrefix) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            String folded = fold(text);
            for (E e : type.getEnumConstants()) {
                for (Locale l : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
                    if (folded.equals(fold(e.name()))
                            || folded.equals(fold(messages.getMessage(labelPrefix + e.name(), null, "", l)))) {
                        return e;
                    }
                }
            }
            refuse(column, "song.import.unknownChoice", text);
            return null;
        }

        Long district(String column) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            Long id = directory.unitByCodeOrName(text, true).orElse(null);
            if (id == null) {
                refuse(column, "song.district.unknown");
            }
            return id;
        }
    }

    private static String fold(String text) {
        return Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").strip().toLowerCase(Locale.ROOT);
    }

    private static boolean blank(Row row, int columns, DataFormatter formatter) {
        for (int c = 0; c < columns; c++) {
            Cell cell = row.getCell(c);
            if (cell != null && !formatter.formatCellValue(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** A count as the ledger reads it: beyond what an int holds it stays out of range, never wraps into it. */
    private static int count(long value) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    static String letter(int index) {
        return index < 0 ? "" : String.valueOf((char) ('A' + index));
    }
}
