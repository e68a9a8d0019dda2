package vn.gov.sonla.awards.appraisal.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.gov.sonla.awards.appraisal.Opinion;

/** Home Affairs' opinion on a dossier (thẩm định): endorsed or not, with a remark (required when not). */
@Entity
@Table(name = "appraisal_opinion")
public class AppraisalOpinion {

    @Id
    @Column(name = "dossier_id")
    private Long dossierId;

    @Column(nullable = false)
    private boolean endorsed;

    private String remark;

    protected AppraisalOpinion() {
    }

    public AppraisalOpinion(long dossierId) {
        this.dossierId = dossierId;
    }

    /** Home Affairs appraises the dossier (again): the new opinion replaces the earlier one. */
    public void give(boolean endorsed, String remark) {
        this.endorsed = endorsed;
        this.remark = remarkOf(remark);
    }

    /** The remark as kept: stripped, none when blank. */
    static String remarkOf(String remark) {
        return remark == null || remark.isBlank() ? null : remark.strip();
    }

    public long dossierId() {
        return dossierId;
    }

    public Opinion view() {
        return new Opinion(endorsed, remark);
    }
}
