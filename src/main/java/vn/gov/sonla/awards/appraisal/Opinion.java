package vn.gov.sonla.awards.appraisal;

/** Home Affairs' opinion on a dossier as pages and documents show it: endorsed or not, and the remark. */
public record Opinion(boolean endorsed, String remark) {
}
