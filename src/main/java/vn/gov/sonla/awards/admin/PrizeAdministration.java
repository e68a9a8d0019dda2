package vn.gov.sonla.awards.admin;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.campaign.AwardForm;
import vn.gov.sonla.awards.campaign.AwardFormRepository;
import vn.gov.sonla.awards.campaign.NomineeType;
import vn.gov.sonla.awards.common.NotFoundException;
import vn.gov.sonla.awards.prize.Money;
import vn.gov.sonla.awards.prize.PrizeCoefficient;
import vn.gov.sonla.awards.prize.PrizeMoney;

import static vn.gov.sonla.awards.admin.Administration.requireAdmin;

/**
 * The administrator's changes to prize money: base salaries and coefficients are recorded from a date, never
 * changed, each in one transaction with its line in the administration log; decisions already issued keep the
 * amounts they froze. Refuses anyone but an administrator.
 */
@Service
class PrizeAdministration {

    private final PrizeMoney prizes;
    private final AwardFormRepository awardForms;
    private final AdminAudit audit;

    PrizeAdministration(PrizeMoney prizes, AwardFormRepository awardForms, AdminAudit audit) {
        this.prizes = prizes;
        this.awardForms = awardForms;
        this.audit = audit;
    }

    @Transactional
    void recordBaseSalary(long amount, LocalDate effectiveFrom, String legalBasis, Actor by) {
        requireAdmin(by);
        Long was = prizes.baseSalaryOn(effectiveFrom).orElse(null);
        prizes.recordBaseSalary(amount, effectiveFrom, legalBasis, by.username());
        audit.record(by, AuditAction.BASE_SALARY_SET, "base-salary · " + effectiveFrom,
                (was == null ? "—" : Money.figures(was)) + " → " + Money.figures(amount) + " · " + legalBasis);
    }

    @Transactional
    void recordCoefficient(long awardFormId, NomineeType type, BigDecimal coefficient, LocalDate effectiveFrom,
                           String legalBasis, Actor by) {
        requireAdmin(by);
        AwardForm form = awardForms.findById(awardFormId)
                .orElseThrow(() -> new NotFoundException("award form " + awardFormId));
        String was = prizes.coefficients().stream()
                .filter(c -> c.getAwardFormId().equals(form.getId()) && c.getNomineeType() == type
                        && !c.getEffectiveFrom().isAfter(effectiveFrom))
                .findFirst().map(PrizeCoefficient::coefficientText).orElse("—");
        prizes.recordCoefficient(form.getId(), type, coefficient, effectiveFrom, legalBasis, by.username());
        audit.record(by, AuditAction.PRIZE_COEFFICIENT_SET, form.getCode() + " · " + type + " · " + effectiveFrom,
                was + " → " + PrizeCoefficient.text(coefficient) + " · " + legalBasis);
    }
}
