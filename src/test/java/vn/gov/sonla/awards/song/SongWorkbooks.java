package vn.gov.sonla.awards.song;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A spreadsheet laid out like the ledger's import template: contributions, then hand-overs, as text cells. */
final class SongWorkbooks {

    private SongWorkbooks() {
    }

    static byte[] of(List<List<String>> contributions, List<List<String>> distributions) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(book.createSheet("Đóng góp"), contributions);
            fill(book.createSheet("Bàn giao"), distributions);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(Sheet sheet, List<List<String>> rows) {
        sheet.createRow(0).createCell(0).setCellValue("header");
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < rows.get(r).size(); c++) {
                row.createCell(c).setCellValue(rows.get(r).get(c));
            }
        }
    }
}
