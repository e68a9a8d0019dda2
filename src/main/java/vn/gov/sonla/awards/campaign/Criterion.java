package vn.gov.sonla.awards.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A criterion (tiêu chuẩn) of an award form for collectives or individuals, as section III.2 of the plan states it:
 * either the campaign's own or, without a campaign, one that applies to every campaign.
 */
@Entity
@Table(name = "criterion")
public class Criterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "award_form_id", nullable = false)
    private Long awardFormId;

    @Enumerated(EnumType.STRING)
    @Column(name = "nominee_type", nullable = false)
    private NomineeType nomineeType;

    /** The campaign whose dossiers it applies to; null for every campaign. */
    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String text;

    @Column(nullable = false)
    private boolean required;

    /** Retired criteria are not offered to new dossiers; dossiers filed under them keep their copy. */
    @Column(nullable = false)
    private boolean retired;

    protected Criterion() {
    }

    public Criterion(Long id, int position, String text, boolean required) {
        this.id = id;
        this.position = position;
        this.text = text;
        this.required = required;
    }

    /** A criterion an administrator adds to an award form for a kind of nominee, at the given position. */
    public static Criterion added(Long awardFormId, NomineeType nomineeType, int position, String text, boolean required) {
        return added(null, awardFormId, nomineeType, position, text, required);
    }

    /** A criterion of one campaign's dossiers only (every campaign's when {@code campaignId} is null). */
    public static Criterion added(Long campaignId, Long awardFormId, NomineeType nomineeType, int position, String text,
                                  boolean required) {
        Criterion criterion = new Criterion(null, position, text, required);
        criterion.campaignId = campaignId;
        criterion.awardFormId = awardFormId;
        criterion.nomineeType = nomineeType;
        return criterion;
    }

    /** New wording or required flag, for dossiers filed from now on (filed ones keep their own copy). */
    public void revise(String text, boolean required) {
        this.text = text;
        this.required = required;
    }

    public void retire() {
        this.retired = true;
    }

    public void reinstate() {
        this.retired = false;
    }

    /** The campaign whose dossiers it applies to; null when it applies to every campaign. */
    public Long getCampaignId() {
        return campaignId;
    }

    public Long getAwardFormId() {
        return awardFormId;
    }

    public NomineeType getNomineeType() {
        return nomineeType;
    }

    public boolean isRetired() {
        return retired;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public boolean isRequired() {
        return required;
    }
}
