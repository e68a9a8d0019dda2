package vn.gov.sonla.awards.dossier.internal;

import java.util.List;

/**
 * The sections of a dossier as the clerk's task list shows them, each complete or not, derived from what
 * is still missing.
 */
public record TaskList(boolean nominee, boolean achievements, boolean criteria, boolean attachments, List<String> missing) {

    static TaskList of(Dossier d) {
        List<String> missing = d.missing();
        return new TaskList(
                missing.stream().noneMatch(m -> List.of("missing.birth", "missing.gender", "missing.position",
                        "missing.workplace", "missing.address", "missing.description").contains(m)),
                !missing.contains("missing.achievements"),
                !missing.contains("missing.criteria") && !missing.contains("missing.noBreach"),
                missing.stream().noneMatch(m -> m.startsWith("missing.attachment.")),
                missing);
    }

    public boolean complete() {
        return missing.isEmpty();
    }
}
