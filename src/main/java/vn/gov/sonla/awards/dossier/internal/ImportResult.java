package vn.gov.sonla.awards.dossier.internal;

import java.util.List;

/** The outcome of a bulk import: the drafts created, or — if any row is invalid — only the problems. */
public record ImportResult(List<Long> created, List<ImportProblem> problems) {

    public boolean succeeded() {
        return problems.isEmpty();
    }
}
