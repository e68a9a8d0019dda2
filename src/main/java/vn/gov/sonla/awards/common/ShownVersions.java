package vn.gov.sonla.awards.common;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The version of every dossier a list page showed, as the page sends it back with a step taken on many at once
 * ({@code id:version} per dossier), so that a dossier changed after the page was shown is refused as on its own page.
 */
public final class ShownVersions {

    private ShownVersions() {
    }

    /** The version shown of each dossier; a value that is not {@code id:version} is left out (not shown, so refused). */
    public static Map<Long, Long> parse(List<String> shown) {
        Map<Long, Long> versions = new HashMap<>();
        for (String pair : shown) {
            String[] parts = pair.split(":", 2);
            try {
                versions.put(Long.parseLong(parts[0].strip()), Long.parseLong(parts[1].strip()));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException ignored) {
                // not something the page wrote
            }
        }
        return versions;
    }
}
