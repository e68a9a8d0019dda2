package vn.gov.sonla.awards.document;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list long enough to run over several pages, laid out by the same fragment as the submission's and the decision's
 * lists: numbered without a gap across its table sections, its heading on every page, no row split between two
 * pages, and a name typed in decomposed form (letter, then its marks) printed and read back as the letters a person
 * typed.
 */
@IntegrationTest
class LongListPdfIntegrationTests {

    static final Pattern ROW = Pattern.compile("^(\\d+) Người số (\\d+)\\b");
    static final Pattern ROW_BEGINS = Pattern.compile("(?m)^(\\d+) Người số \\1\\b");

    static final String DECOMPOSED = Normalizer.normalize("Nguyễn Thị Hồng Nhung", Normalizer.Form.NFD);

    @Autowired PdfDocuments documents;

    @Test
    void aListOverSeveralPagesIsNumberedInOrderWithItsHeadingOnEveryPage() throws IOException {
        List<Nominee> individuals = IntStream.rangeClosed(1, 60)
                .mapToObj(n -> new Nominee(n, "Người số " + n, new Position("Điều dưỡng"), new Named("Bệnh viện Đa khoa tỉnh"),
                        new Named("Bằng khen của Chủ tịch UBND tỉnh"), "Trực tiếp chăm sóc người bệnh tại khu điều trị số " + n + "."))
                .toList();

        try (PDDocument pdf = Loader.loadPDF(documents.pdf("documents/long-list-test", variables(individuals)))) {
            assertThat(pdf.getNumberOfPages()).as("60 rows need several pages").isGreaterThan(2);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                assertThat(text).as("page %d carries the column headings", page).contains("Họ và tên");
                var starts = ROW_BEGINS.matcher(text);
                while (starts.find()) {
                    assertThat(text.replaceAll("\\s+", " ")).as("row %s ends on the page it begins on", starts.group(1))
                            .contains("khu điều trị số " + starts.group(1) + ".");
                }
            }
            stripper.setStartPage(1);
            stripper.setEndPage(pdf.getNumberOfPages());
            List<Integer> numbers = new ArrayList<>();
            for (String line : stripper.getText(pdf).split("\\R")) {
                var row = ROW.matcher(line.strip());
                if (row.find()) {
                    assertThat(row.group(1)).as("a row's number is its place in the list").isEqualTo(row.group(2));
                    numbers.add(Integer.parseInt(row.group(1)));
                }
            }
            assertThat(numbers).containsExactlyElementsOf(IntStream.rangeClosed(1, 60).boxed().toList());
        }
    }

    @Test
    void aNameTypedAsLettersAndMarksIsPrintedAsTheLettersTheyMake() throws IOException {
        List<Nominee> individuals = List.of(new Nominee(1, DECOMPOSED, new Position("Bác sĩ"), new Named("Trạm Y tế xã"),
                new Named("Giấy khen"), "Thành tích."));

        try (PDDocument pdf = Loader.loadPDF(documents.pdf("documents/long-list-test", variables(individuals)))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");

            assertThat(text).contains("Nguyễn Thị Hồng Nhung").doesNotContain(DECOMPOSED);
        }
    }

    static Map<String, Object> variables(List<Nominee> individuals) {
        return Map.of("individuals", individuals, "collectives", List.of());
    }

    /** What the list fragment reads of a dossier. */
    public record Nominee(long id, String nomineeName, Position nominee, Named unit, Named effectiveAwardForm,
                          String achievementSummary) {
    }

    public record Position(String position) {
    }

    public record Named(String name) {
    }
}
