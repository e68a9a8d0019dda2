package vn.gov.sonla.awards.dossier.internal;

/** Why one cell of an imported sheet was refused: its row (as the spreadsheet numbers it), column and reason. */
public record ImportProblem(int row, String column, String reasonKey) {
}
