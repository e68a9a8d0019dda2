package vn.gov.sonla.awards.dossier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's table of stages says what the code says: who acts, deadline, hand-over, timed, final, steps. */
class StageTableTests {

    @Test
    void theReadmeTableOfStagesIsTheCodes() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("README.md"));
        int header = readme.indexOf("| stage | who acts | deadline | hand-over | timed | final | steps from it |");
        assertThat(header).as("the table's header in README.md").isNotNegative();
        List<String> documented = readme.subList(header + 2, readme.size()).stream()
                .takeWhile(line -> line.startsWith("|")).toList();
        List<String> code = Arrays.stream(DossierStatus.values()).map(StageTableTests::row).toList();
        assertThat(documented).containsExactlyElementsOf(code);
    }

    private static String row(DossierStatus s) {
        String steps = Arrays.stream(DossierAction.values()).filter(a -> a.allowedFrom(s)).map(Enum::name)
                .collect(Collectors.joining(", "));
        return ("| `" + s.name() + "` | " + s.party() + " | " + s.deadline() + " | " + yes(s.isHandOver()) + " | "
                + yes(s.isTimed()) + " | " + yes(s.isFinal()) + " | " + steps + " |");
    }

    private static String yes(boolean fact) {
        return fact ? "yes" : "";
    }
}
