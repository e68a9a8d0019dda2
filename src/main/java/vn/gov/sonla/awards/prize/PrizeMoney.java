package vn.gov.sonla.awards.prize;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.campaign.NomineeType;

/**
 * Prize money: the amount an award brings on a day (the coefficient of its form and nominee type in force that day
 * times the base salary in force that day, rounded up to the ten thousand đồng), the amounts frozen on a decision
 * when it is issued, and the coefficients and base salaries with their history.
 */
@Service
@Transactional(readOnly = true)
public class PrizeMoney {

    private final BaseSalaryRepository baseSalaries;
    private final PrizeCoefficientRepository coefficients;
    private final JdbcClient jdbc;
    private final Clock clock;

    PrizeMoney(BaseSalaryRepository baseSalaries, PrizeCoefficientRepository coefficients, JdbcClient jdbc, Clock clock) {
        this.baseSalaries = baseSalaries;
        this.coefficients = coefficients;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The amount of an award on a day; empty when the form has no coefficient or no base salary is in force. */
    public Optional<PrizeAmount> amountOn(long awardFormId, NomineeType type, LocalDate day) {
        return coefficients.inForceOn(awardFormId, type, day)
                .flatMap(c -> baseSalaries.inForceOn(day).map(b -> PrizeAmount.of(c.getCoefficient(), b.getAmount())));
    }

    /** The base salary in force on a day, if any. */
    public Optional<Long> baseSalaryOn(LocalDate day) {
        return baseSalaries.inForceOn(day).map(BaseSalary::getAmount);
    }

    /** One award a decision grants: whose dossier, which form, which kind of nominee. */
    public record Award(long dossierId, long awardFormId, NomineeType nomineeType) {
    }

    /**
     * Computes each award's amount at the decision's date and freezes it with the decision, in the transaction that
     * issues it. Awards whose form carries no money get no row. Frozen rows never change (the database refuses it).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public DecisionPrizes freeze(long decisionId, LocalDate issuedOn, List<Award> awards) {
        // one amount per award form and kind of nominee, all the decision's rows in one statement
        Map<String, Optional<PrizeAmount>> amounts = new HashMap<>();
        List<Award> paid = new ArrayList<>();
        List<PrizeAmount> paidAmounts = new ArrayList<>();
        for (Award award : awards) {
            amounts.computeIfAbsent(award.awardFormId() + ":" + award.nomineeType(),
                            k -> amountOn(award.awardFormId(), award.nomineeType(), issuedOn))
                    .ifPresent(amount -> {
                        paid.add(award);
                        paidAmounts.add(amount);
                    });
        }
        if (!paid.isEmpty()) {
            jdbc.sql("""
                    insert into award_prize (dossier_id, decision_id, award_form_id, nominee_type, coefficient, base_salary,
                                             amount, computed_on)
                    select p.dossier_id, :decision, p.award_form_id, p.nominee_type, p.coefficient, p.base_salary, p.amount,
                           :on
                      from unnest(:dossiers, :forms, :types, :coefficients, :salaries, :amounts)
                           as p(dossier_id, award_form_id, nominee_type, coefficient, base_salary, amount)""")
                    .param("decision", decisionId)
                    .param("on", Date.valueOf(issuedOn))
                    .param("dossiers", new SqlArrayValue("bigint", paid.stream().map(Award::dossierId).toArray()))
                    .param("forms", new SqlArrayValue("bigint", paid.stream().map(Award::awardFormId).toArray()))
                    .param("types", new SqlArrayValue("varchar", paid.stream().map(a -> a.nomineeType().name()).toArray()))
                    .param("coefficients", new SqlArrayValue("numeric",
                            paidAmounts.stream().map(PrizeAmount::coefficient).toArray()))
                    .param("salaries", new SqlArrayValue("bigint", paidAmounts.stream().map(PrizeAmount::baseSalary).toArray()))
                    .param("amounts", new SqlArrayValue("bigint", paidAmounts.stream().map(PrizeAmount::amount).toArray()))
                    .update();
        }
        return ofDecision(decisionId);
    }

    /** The amounts a decision froze when it was issued, with their total (empty for a decision issued before them). */
    public DecisionPrizes ofDecision(long decisionId) {
        Map<Long, FrozenPrize> byDossier = new LinkedHashMap<>();
        jdbc.sql("""
                select dossier_id, decision_id, award_form_id, nominee_type, coefficient, base_salary, amount, computed_on
                from award_prize where decision_id = ? order by dossier_id""")
                .param(decisionId)
                .query((rs, i) -> new FrozenPrize(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        NomineeType.valueOf(rs.getString(4)), rs.getBigDecimal(5), rs.getLong(6), rs.getLong(7),
                        rs.getDate(8).toLocalDate()))
                .list()
                .forEach(p -> byDossier.put(p.dossierId(), p));
        return new DecisionPrizes(byDossier, byDossier.values().stream().mapToLong(FrozenPrize::amount).sum());
    }

    // ------------------------------------------------------------------------------------------------
    // Coefficients and base salaries, kept by the administrator (admin.PrizeAdministration checks the role and logs)
    // ------------------------------------------------------------------------------------------------

    public List<BaseSalary> baseSalaries() {
        return baseSalaries.history();
    }

    public List<PrizeCoefficient> coefficients() {
        return coefficients.history();
    }

    /** A base salary from a date; an earlier one for the same date is superseded, never changed. */
    @Transactional
    public BaseSalary recordBaseSalary(long amount, LocalDate effectiveFrom, String legalBasis, String by) {
        return baseSalaries.save(new BaseSalary(amount, effectiveFrom, legalBasis, clock.instant(), by));
    }

    /** A coefficient of an award form and kind of nominee from a date; earlier ones are kept as history. */
    @Transactional
    public PrizeCoefficient recordCoefficient(long awardFormId, NomineeType type, BigDecimal coefficient,
                                              LocalDate effectiveFrom, String legalBasis, String by) {
        return coefficients.save(new PrizeCoefficient(awardFormId, type, coefficient, effectiveFrom, legalBasis,
                clock.instant(), by));
    }
}
