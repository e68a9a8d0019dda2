package vn.gov.sonla.awards.dossier.internal;

import java.time.Clock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.campaign.NomineeType;
import vn.gov.sonla.awards.dossier.DossierCommand;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.dossier.Gender;
import vn.gov.sonla.awards.dossier.Nominee;
import vn.gov.sonla.awards.dossier.UnitSteps;
import vn.gov.sonla.awards.common.PlainText;

/**
 * Bulk filing of individual nominees from a spreadsheet: a template to download, and an import that turns
 * every row into a draft dossier — all rows or none. Invalid rows are reported by row, column and reason.
 */
@Service
public class BulkFiling {

    static final int MAX_ROWS = 1000;
    static final long MAX_BYTES = 5L * 1024 * 1024;
    /** Strict, so that 31/2/1990 is an error rather than silently 28/2/1990. */
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** The template's columns, in order, by message key. */
    enum Column {
        NAME("A"), BIRTH_DATE("B"), BIRTH_YEAR("C"), GENDER("D"), POSITION("E"), WORKPLACE("F"), NATIONAL_ID("G"),
        FRONTLINE("H"), POSTHUMOUS("I"), ACHIEVEMENTS("J");

        final String letter;

        Column(String letter) {
            this.letter = letter;
        }

        String headerKey() {
            return "import.column." + name();
        }
    }

    private final Dossiers dossiers;
    private final MessageSource messages;
    private final UnitSteps unitSteps;
    private final Clock clock;

    BulkFiling(Dossiers dossiers, MessageSource messages, UnitSteps unitSteps, Clock clock) {
        this.clock = clock;
        this.unitSteps = unitSteps;
        this.dossiers = dossiers;
        this.messages = messages;
    }

    /** The spreadsheet template, with its headers and a sheet of instructions in the reader's language. */
    public byte[] template(Locale locale) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(messages.getMessage("import.sheet.nominees", null, locale));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (Column column : Column.values()) {
                Cell cell = header.createCell(column.ordinal());
                cell.setCellValue(messages.getMessage(column.headerKey(), null, locale));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(column.ordinal(), column == Column.ACHIEVEMENTS ? 60 * 256 : 22 * 256);
            }
            sheet.createFreezePane(0, 1);
            Sheet help = book.createSheet(messages.getMessage("import.sheet.help", null, locale));
            for (int i = 1; i <= 6; i++) {
                help.createRow(i - 1).createCell(0).setCellValue(messages.getMessage("import.help." + i, null, locale));
            }
            help.setColumnWidth(0, 120 * 256);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the sheet; when every row is valid, files one draft per row in one transaction. */
    @Transactional
    public ImportResult importRows(long campaignId, long awardFormId, byte[] xlsx, Actor clerk) {
        List<ImportProblem> problems = new ArrayList<>();
        List<ParsedRow> rows = parse(xlsx, problems);
        if (!problems.isEmpty()) {
            return new ImportResult(List.of(), problems);
        }
        List<Long> created = new ArrayList<>();
        for (ParsedRow row : rows) {
            created.add(unitSteps.createFiled(new DossierCommand(campaignId, awardFormId, NomineeType.INDIVIDUAL,
                    row.nominee().name()), row.nominee(), row.achievements(), clerk).getId());
        }
        return new ImportResult(created, List.of());
    }

    private record ParsedRow(Nominee nominee, String achievements) {
    }

    private List<ParsedRow> parse(byte[] xlsx, List<ImportProblem> problems) {
        if (xlsx == null || xlsx.length == 0) {
            problems.add(new ImportProblem(0, "", "import.empty"));
            return List.of();
        }
        if (xlsx.length > MAX_BYTES || xlsx[0] != 'P' || xlsx[1] != 'K') {
            problems.add(new ImportProblem(0, "", "import.notXlsx"));
            return List.of();
        }
        List<ParsedRow> rows = new ArrayList<>();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS) {
                problems.add(new ImportProblem(0, "", "import.tooManyRows"));
                return List.of();
            }
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || isBlank(row, formatter)) {
                    continue;
                }
                ParsedRow parsed = parseRow(row, r + 1, formatter, problems);
                if (parsed != null) {
                    rows.add(parsed);
                }
            }
        } catch (IOException | RuntimeException e) {
            // POI refuses corrupt packages and ZIP bombs (ZipSecureFile) with these.
            problems.clear();
            problems.add(new ImportProblem(0, "", "import.notXlsx"));
            return List.of();
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new ImportProblem(0, "", "import.noRows"));
        }
        return rows;
    }

    private ParsedRow parseRow(Row row, int number, DataFormatter formatter, List<ImportProblem> problems) {
        int before = problems.size();
        // a cell holding NUL (_x0000_ in the file) or other controls is reported as such, not read any further
        for (Column column : Column.values()) {
            if (!PlainText.isAllowed(text(row, column, formatter), column == Column.ACHIEVEMENTS)) {
                problems.add(new ImportProblem(number, column.letter, PlainText.REFUSED));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        String name = text(row, Column.NAME, formatter);
        if (name == null) {
            problems.add(new ImportProblem(number, Column.NAME.letter, "validation.nomineeName.required"));
        } else if (name.length() > 255) {
            problems.add(new ImportProblem(number, Column.NAME.letter, "validation.size.255"));
        }
        LocalDate birthDate = date(row, number, formatter, problems);
        Integer birthYear = null;
        String yearText = text(row, Column.BIRTH_YEAR, formatter);
        if (yearText != null) {
            try {
                birthYear = Integer.valueOf(yearText.replace(".0", ""));
                if (birthYear < 1900 || birthYear > LocalDate.now(clock).getYear()) {
                    problems.add(new ImportProblem(number, Column.BIRTH_YEAR.letter, "validation.birthYear.range"));
                }
            } catch (NumberFormatException e) {
                problems.add(new ImportProblem(number, Column.BIRTH_YEAR.letter, "import.notAYear"));
            }
        }
        if (birthDate == null && birthYear == null) {
            problems.add(new ImportProblem(number, Column.BIRTH_YEAR.letter, "missing.birth"));
        }
        Gender gender = gender(text(row, Column.GENDER, formatter));
        if (gender == null) {
            problems.add(new ImportProblem(number, Column.GENDER.letter, "import.gender"));
        }
        String position = required(row, Column.POSITION, number, formatter, problems, "missing.position");
        String workplace = required(row, Column.WORKPLACE, number, formatter, problems, "missing.workplace");
        String nationalId = text(row, Column.NATIONAL_ID, formatter);
        if (nationalId != null && !nationalId.matches("\\d{9}|\\d{12}")) {
            problems.add(new ImportProblem(number, Column.NATIONAL_ID.letter, "validation.nationalId.format"));
        }
        String achievements = text(row, Column.ACHIEVEMENTS, formatter);
        if (achievements != null && achievements.length() > 20000) {
            problems.add(new ImportProblem(number, Column.ACHIEVEMENTS.letter, "validation.size.20000"));
        }
        if (problems.size() > before) {
            return null;
        }
        return new ParsedRow(new Nominee(NomineeType.INDIVIDUAL, name, birthYear, birthDate, gender, position, workplace,
                nationalId, flag(row, Column.FRONTLINE, formatter), flag(row, Column.POSTHUMOUS, formatter),
                null, null, null, null), achievements);
    }

    private static String required(Row row, Column column, int number, DataFormatter formatter,
                                   List<ImportProblem> problems, String missingKey) {
        String value = text(row, column, formatter);
        if (value == null) {
            problems.add(new ImportProblem(number, column.letter, missingKey));
        } else if (value.length() > 255) {
            problems.add(new ImportProblem(number, column.letter, "validation.size.255"));
        }
        return value;
    }

    private LocalDate date(Row row, int number, DataFormatter formatter, List<ImportProblem> problems) {
        Cell cell = row.getCell(Column.BIRTH_DATE.ordinal());
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        LocalDate date = null;
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            date = cell.getLocalDateTimeCellValue().toLocalDate();
        } else {
            String text = text(row, Column.BIRTH_DATE, formatter);
            try {
                date = text == null ? null : LocalDate.parse(text, DAY_FIRST);
            } catch (DateTimeParseException e) {
                problems.add(new ImportProblem(number, Column.BIRTH_DATE.letter, "import.notADate"));
                return null;
            }
        }
        if (date != null && !date.isBefore(LocalDate.now(clock))) {
            problems.add(new ImportProblem(number, Column.BIRTH_DATE.letter, "validation.birthDate.past"));
            return null;
        }
        return date;
    }

    private static Gender gender(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "nam", "male", "m" -> Gender.MALE;
            case "nữ", "nu", "female", "f" -> Gender.FEMALE;
            default -> null;
        };
    }

    private static boolean flag(Row row, Column column, DataFormatter formatter) {
        String value = text(row, column, formatter);
        return value != null && List.of("x", "có", "co", "yes", "1", "true").contains(value.toLowerCase(Locale.ROOT));
    }

    private static String text(Row row, Column column, DataFormatter formatter) {
        Cell cell = row.getCell(column.ordinal());
        if (cell == null) {
            return null;
        }
        String value = formatter.formatCellValue(cell);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean isBlank(Row row, DataFormatter formatter) {
        for (Column column : Column.values()) {
            if (text(row, column, formatter) != null) {
                return false;
            }
        }
        return true;
    }
}
