package vn.gov.sonla.awards.dossier;

/** The clerk's answer to one criterion: met or not, and the evidence note. */
public record CriterionDeclaration(boolean met, String evidence) {

    public static final CriterionDeclaration NOT_MET = new CriterionDeclaration(false, null);
}
