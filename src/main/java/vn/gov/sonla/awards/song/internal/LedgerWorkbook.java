package vn.gov.sonla.awards.song.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.gov.sonla.awards.song.LedgerEntries;
import vn.gov.sonla.awards.song.LedgerEntry;
import vn.gov.sonla.awards.song.SongFigures;
import vn.gov.sonla.awards.song.SongTotals;

/**
 * The ledger written out to spreadsheets: the import's empty template in the reader's language, and the whole ledger
 * with its totals and its figures by district.
 */
@Component
class LedgerWorkbook {

    private final LedgerEntries ledgerEntries;
    private final SongFigures songFigures;
    private final MessageSource messages;

    LedgerWorkbook(LedgerEntries ledgerEntries, SongFigures songFigures, MessageSource messages) {
        this.ledgerEntries = ledgerEntries;
        this.songFigures = songFigures;
        this.messages = messages;
    }

    /** The import's template: the two sheets with their headers, in the reader's language. */
    public byte[] template(Locale locale) {
        return write(locale, (book, bold) -> {
            header(book.createSheet(text("song.sheet.contributions", locale)), bold,
                    LedgerImport.CONTRIBUTION_COLUMNS.stream().map(c -> text("song.column." + c, locale)).toList());
            header(book.createSheet(text("song.sheet.distributions", locale)), bold,
                    LedgerImport.DISTRIBUTION_COLUMNS.stream().map(c -> text("song.column." + c, locale)).toList());
            Sheet help = book.createSheet(text("import.sheet.help", locale));
            for (int i = 1; i <= 4; i++) {
                help.createRow(i - 1).createCell(0).setCellValue(text("song.import.help." + i, locale));
            }
            help.setColumnWidth(0, 120 * 256);
        });
    }

    /** The whole ledger, every entry as written with its confirmation, and the totals. */
    public byte[] export(Locale locale) {
        List<LedgerEntry> entries = ledgerEntries.all();
        SongTotals totals = songFigures.totals();
        return write(locale, (book, bold) -> {
            Sheet sheet = book.createSheet(text("song.sheet.ledger", locale));
            List<String> columns = List.of("id", "kind", "recordedAt", "recordedBy", "contributorType", "contributor",
                    "publishName", "givenOn", "money", "deviceKind", "deviceCount", "deviceValue", "villagesCovered",
                    "coverage", "districtId", "commune", "schoolName", "reverses", "replaces", "reason", "confirmed");
            header(sheet, bold, columns.stream().map(c -> text("song.column." + c, locale)).toList());
            int r = 1;
            for (LedgerEntry e : entries) {
                Row row = sheet.createRow(r++);
                int c = 0;
                row.createCell(c++).setCellValue(e.id());
                row.createCell(c++).setCellValue(text(e.kind().labelKey(), locale));
                row.createCell(c++).setCellValue(e.recordedAt().atZone(vn.gov.sonla.awards.common.ProvinceTime.ZONE)
                        .toLocalDateTime().toString().replace('T', ' '));
                row.createCell(c++).setCellValue(e.recordedByName() + " — " + e.recordedByUnitName());
                row.createCell(c++).setCellValue(e.contributorType() == null ? "" : text(e.contributorType().labelKey(), locale));
                row.createCell(c++).setCellValue(e.contributorName() == null ? "" : e.contributorName());
                row.createCell(c++).setCellValue(e.kind() == vn.gov.sonla.awards.song.EntryKind.CONTRIBUTION
                        ? text(e.publishName() ? "song.yes" : "song.no", locale) : "");
                row.createCell(c++).setCellValue(e.givenOn().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
                row.createCell(c++).setCellValue(e.money());
                row.createCell(c++).setCellValue(e.deviceKind() == null ? "" : text(e.deviceKind().labelKey(), locale));
                row.createCell(c++).setCellValue(e.deviceCount());
                row.createCell(c++).setCellValue(e.deviceValue());
                row.createCell(c++).setCellValue(e.villagesCovered());
                row.createCell(c++).setCellValue(e.coverage() == null ? "" : e.coverage());
                row.createCell(c++).setCellValue(e.districtName() == null ? "" : e.districtName());
                row.createCell(c++).setCellValue(e.commune() == null ? "" : e.commune());
                row.createCell(c++).setCellValue(e.schoolName() == null ? "" : e.schoolName());
                row.createCell(c++).setCellValue(e.reversesId() == null ? "" : e.reversesId().toString());
                row.createCell(c++).setCellValue(e.replacesId() == null ? "" : e.replacesId().toString());
                row.createCell(c++).setCellValue(e.reason() == null ? "" : e.reason());
                row.createCell(c).setCellValue(e.confirmed() ? e.confirmedByName() : text("song.waiting", locale));
            }
            Sheet sums = book.createSheet(text("song.sheet.totals", locale));
            Map<String, Long> figures = new java.util.LinkedHashMap<>();
            figures.put("song.total.money", totals.money());
            figures.put("song.total.devices", totals.devices());
            figures.put("song.total.deviceValue", totals.deviceValue());
            figures.put("song.total.villages", totals.villages());
            figures.put("song.total.distributed", totals.distributed());
            figures.put("song.total.schools", totals.schools());
            figures.put("song.total.communes", totals.communes());
            figures.put("song.total.contributors", totals.contributors());
            int s = 0;
            for (var f : figures.entrySet()) {
                Row row = sums.createRow(s++);
                row.createCell(0).setCellValue(text(f.getKey(), locale));
                row.createCell(1).setCellValue(f.getValue());
            }
            s++;
            Row districtHeader = sums.createRow(s++);
            List<String> dh = List.of("song.byDistrict", "song.total.money", "song.total.devices", "song.total.distributed",
                    "song.total.schools");
            for (int i = 0; i < dh.size(); i++) {
                districtHeader.createCell(i).setCellValue(text(dh.get(i), locale));
                districtHeader.getCell(i).setCellStyle(bold);
            }
            for (SongFigures.DistrictFigures d : songFigures.byDistrict()) {
                Row row = sums.createRow(s++);
                row.createCell(0).setCellValue(d.district());
                row.createCell(1).setCellValue(d.money());
                row.createCell(2).setCellValue(d.devices());
                row.createCell(3).setCellValue(d.distributed());
                row.createCell(4).setCellValue(d.schools());
            }
            sums.setColumnWidth(0, 50 * 256);
        });
    }

    private interface Writer {
        void write(Workbook book, CellStyle bold);
    }

    private static byte[] write(Locale locale, Writer writer) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            writer.write(book, bold);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Sheet sheet, CellStyle bold, List<String> names) {
        Row header = sheet.createRow(0);
        for (int i = 0; i < names.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(names.get(i));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(i, 22 * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
