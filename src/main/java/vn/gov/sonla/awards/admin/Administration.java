package vn.gov.sonla.awards.admin;

import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Accounts;
import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.LoginThrottle;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.account.UserAccount;
import vn.gov.sonla.awards.account.LeaderPosition;
import vn.gov.sonla.awards.account.OfficeRank;
import vn.gov.sonla.awards.campaign.AwardForm;
import vn.gov.sonla.awards.campaign.AwardFormRepository;
import vn.gov.sonla.awards.campaign.Campaign;
import vn.gov.sonla.awards.campaign.CampaignRepository;
import vn.gov.sonla.awards.campaign.Criterion;
import vn.gov.sonla.awards.campaign.CriterionRepository;
import vn.gov.sonla.awards.campaign.NomineeType;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.ForbiddenException;
import vn.gov.sonla.awards.common.NotFoundException;
import vn.gov.sonla.awards.organisation.Unit;
import vn.gov.sonla.awards.organisation.UnitRepository;
import vn.gov.sonla.awards.organisation.UnitType;

/**
 * Every change an administrator makes to accounts, units, campaigns, award forms, criteria and quotas, each in one
 * transaction with its line in the administration log (the working calendar and prize money have their own
 * {@link CalendarAdministration} and {@link PrizeAdministration}). Refuses anyone but an administrator (the URL
 * rules refuse them first; this holds even if a rule is forgotten).
 */
@Service
class Administration {

    private final Accounts accounts;
    private final LoginThrottle throttle;
    private final UnitRepository units;
    private final CampaignRepository campaigns;
    private final AwardFormRepository awardForms;
    private final CriterionRepository criteria;
    private final JdbcClient jdbc;
    private final AdminAudit audit;
    private final Clock clock;

    Administration(Accounts accounts, LoginThrottle throttle, UnitRepository units, CampaignRepository campaigns,
                   AwardFormRepository awardForms, CriterionRepository criteria, JdbcClient jdbc, AdminAudit audit,
                   Clock clock) {
        this.clock = clock;
        this.criteria = criteria;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.throttle = throttle;
        this.units = units;
        this.campaigns = campaigns;
        this.awardForms = awardForms;
        this.audit = audit;
    }

    // ------------------------------------------------------------------------------------------------
    // Accounts
    // ------------------------------------------------------------------------------------------------

    @Transactional
    Accounts.Created createUser(String username, String fullName, Role role, long unitId, Actor by) {
        requireAdmin(by);
        Unit unit = activeUnit(unitId);
        Accounts.Created created = accounts.createWithTemporaryPassword(username, fullName, role, unit);
        audit.record(by, AuditAction.USER_CREATED, username, fullName + " · " + role + " · " + unit.getName());
        return created;
    }

    @Transactional
    void updateUser(long id, String fullName, Role role, long unitId, Actor by) {
        requireAdmin(by);
        UserAccount before = accounts.get(id);
        Unit unit = before.getUnit().getId() == unitId ? before.getUnit() : activeUnit(unitId);
        String was = before.getFullName() + " · " + before.getRole() + " · " + before.getUnit().getName();
        accounts.update(id, fullName, role, unit, by);
        audit.record(by, AuditAction.USER_UPDATED, before.getUsername(),
                was + " → " + fullName + " · " + role + " · " + unit.getName());
    }

    /** A specialist, or a leader with its position and the title of its signature block. */
    @Transactional
    void rankUser(long id, OfficeRank rank, LeaderPosition position, String title, Actor by) {
        requireAdmin(by);
        UserAccount before = accounts.get(id);
        String was = describeRank(before.getRank(), before.getPosition(), before.getSignatureTitle());
        String now = describeRank(rank, position, title);
        if (!was.equals(now)) {
            accounts.rank(id, rank, position, title);
            audit.record(by, AuditAction.USER_UPDATED, before.getUsername(), was + " → " + now);
        }
    }

    private static String describeRank(OfficeRank rank, LeaderPosition position, String title) {
        return rank == OfficeRank.LEADER ? rank + " · " + position + " · " + title.strip() : rank.name();
    }

    @Transactional
    void deactivateUser(long id, Actor by) {
        requireAdmin(by);
        accounts.deactivate(id, by);
        audit.record(by, AuditAction.USER_DEACTIVATED, accounts.get(id).getUsername(), null);
    }

    @Transactional
    void reactivateUser(long id, Actor by) {
        requireAdmin(by);
        accounts.reactivate(id);
        audit.record(by, AuditAction.USER_REACTIVATED, accounts.get(id).getUsername(), null);
    }

    /** A one-time password, shown once to the administrator; the lock, if any, is lifted too. */
    @Transactional
    String resetPassword(long id, Actor by) {
        requireAdmin(by);
        String password = accounts.resetPassword(id);
        String username = accounts.get(id).getUsername();
        throttle.unlock(username);
        audit.record(by, AuditAction.PASSWORD_RESET, username, null);
        return password;
    }

    @Transactional
    void unlock(long id, Actor by) {
        requireAdmin(by);
        String username = accounts.get(id).getUsername();
        throttle.unlock(username);
        audit.record(by, AuditAction.USER_UNLOCKED, username, null);
    }

    @Transactional(readOnly = true)
    List<LoginThrottle.Lock> lockedAccounts() {
        return throttle.lockedUsernames(clock.instant());
    }

    // ------------------------------------------------------------------------------------------------
    // Units
    // ------------------------------------------------------------------------------------------------

    @Transactional
    Unit createUnit(String code, String name, UnitType type, Long parentId, Actor by) {
        requireAdmin(by);
        if (units.existsByCode(code)) {
            throw new ConflictException("error.unit.codeTaken", code);
        }
        Unit unit = units.save(new Unit(code, name, type, parentId == null ? null : unit(parentId)));
        audit.record(by, AuditAction.UNIT_CREATED, code, name + " · " + type);
        return unit;
    }

    /** Renames, retypes or moves a unit; sets whether its head signs its dossiers in the system (see README). */
    @Transactional
    void updateUnit(long id, String name, UnitType type, Long parentId, boolean headSigns, Actor by) {
        requireAdmin(by);
        Unit unit = unit(id);
        String was = unit.getName() + " · " + unit.getType() + " · " + parentName(unit.getParent())
                + (unit.isHeadSigns() ? " · head signs" : "");
        Unit parent = parentId == null ? null : unit(parentId);
        try {
            unit.moveUnder(parent);
        } catch (IllegalArgumentException e) {
            throw new ConflictException("error.unit.cycle");
        }
        unit.rename(name);
        unit.changeType(type);
        unit.headSigns(headSigns);
        audit.record(by, AuditAction.UNIT_UPDATED, unit.getCode(),
                was + " → " + name + " · " + type + " · " + parentName(parent) + (headSigns ? " · head signs" : ""));
    }

    /** Units are never deleted (their dossiers and history keep them): they are deactivated. */
    @Transactional
    void deactivateUnit(long id, Actor by) {
        requireAdmin(by);
        Unit unit = unit(id);
        unit.deactivate();
        audit.record(by, AuditAction.UNIT_DEACTIVATED, unit.getCode(), unit.getName());
    }

    @Transactional
    void reactivateUnit(long id, Actor by) {
        requireAdmin(by);
        Unit unit = unit(id);
        unit.reactivate();
        audit.record(by, AuditAction.UNIT_REACTIVATED, unit.getCode(), unit.getName());
    }

    // ------------------------------------------------------------------------------------------------
    // Campaigns
    // ------------------------------------------------------------------------------------------------

    @Transactional
    Campaign createCampaign(CampaignForm form, Actor by) {
        requireAdmin(by);
        if (campaigns.existsByCode(form.code())) {
            throw new ConflictException("error.campaign.codeTaken", form.code());
        }
        List<AwardForm> allowed = awardForms.findAllById(form.awardFormIds());
        Campaign campaign = campaigns.save(new Campaign(form.code(), form.name(), form.shortName(), form.planNumber(),
                form.planDate(), activeUnit(form.compilingUnitId()), form.opensOn(), form.closesOn(), form.reviewDays(),
                form.appraisalDays(), form.decisionDays(), allowed));
        campaign.signingDays(form.signingDays());
        audit.record(by, AuditAction.CAMPAIGN_CREATED, form.code(), form.shortName() + " · " + form.planNumber());
        return campaign;
    }

    /** Which program-specific attributes (frontline force, Covid-19 declaration) the campaign's dossiers show. */
    @Transactional
    void setCampaignAttributes(long id, boolean frontline, boolean covidDeclaration, Actor by) {
        requireAdmin(by);
        Campaign campaign = campaign(id);
        String was = attributes(campaign);
        campaign.useAttributes(frontline, covidDeclaration);
        audit.record(by, AuditAction.CAMPAIGN_ATTRIBUTES_SET, campaign.getCode(), was + " → " + attributes(campaign));
    }

    private static String attributes(Campaign campaign) {
        return "frontline=" + campaign.isAsksFrontline() + ", covidDeclaration=" + campaign.isAsksCovidDeclaration();
    }

    /** Stops new dossiers of the campaign; dossiers already filed carry on. */
    @Transactional
    void closeCampaign(long id, Actor by) {
        requireAdmin(by);
        Campaign campaign = campaigns.findById(id).orElseThrow(() -> new NotFoundException("campaign " + id));
        campaign.close();
        audit.record(by, AuditAction.CAMPAIGN_CLOSED, campaign.getCode(), campaign.getShortName());
    }

    @Transactional
    void reopenCampaign(long id, Actor by) {
        requireAdmin(by);
        Campaign campaign = campaigns.findById(id).orElseThrow(() -> new NotFoundException("campaign " + id));
        campaign.reopen();
        audit.record(by, AuditAction.CAMPAIGN_REOPENED, campaign.getCode(), campaign.getShortName());
    }

    // ------------------------------------------------------------------------------------------------
    // Award forms and criteria: a change applies to dossiers started from now on; dossiers already filed keep
    // the copy of the criteria they were filed under (dossier_criterion).
    // ------------------------------------------------------------------------------------------------

    @Transactional
    void reviseAwardForm(long id, String name, String nameEn, boolean individual, boolean collective, Actor by) {
        requireAdmin(by);
        AwardForm form = awardForm(id);
        String was = describe(form);
        try {
            form.revise(name, nameEn, individual, collective);
        } catch (IllegalArgumentException e) {
            throw new ConflictException("validation.admin.appliesTo");
        }
        audit.record(by, AuditAction.AWARD_FORM_UPDATED, form.getCode(), was + " → " + describe(form));
    }

    @Transactional
    Criterion addCriterion(long awardFormId, NomineeType type, String text, boolean required, Actor by) {
        return addCriterion(awardFormId, null, type, text, required, by);
    }

    /** A criterion of one campaign's dossiers, or of every campaign's when {@code campaignId} is null. */
    @Transactional
    Criterion addCriterion(long awardFormId, Long campaignId, NomineeType type, String text, boolean required, Actor by) {
        requireAdmin(by);
        AwardForm form = awardForm(awardFormId);
        Long campaign = campaignId == null ? null : campaign(campaignId).getId();
        int position = criteria.lastPosition(campaign, form.getId(), type) + 1;
        Criterion criterion = criteria.save(Criterion.added(campaign, form.getId(), type, position, text, required));
        audit.record(by, AuditAction.CRITERION_ADDED, criterionTarget(form, criterion), requiredMark(required) + text);
        return criterion;
    }

    @Transactional
    void reviseCriterion(long id, String text, boolean required, Actor by) {
        requireAdmin(by);
        Criterion criterion = criterion(id);
        String was = requiredMark(criterion.isRequired()) + criterion.getText();
        criterion.revise(text, required);
        audit.record(by, AuditAction.CRITERION_UPDATED, criterionTarget(awardForm(criterion.getAwardFormId()), criterion),
                was + " → " + requiredMark(required) + text);
    }

    /** A retired criterion is no longer offered to new dossiers; it is never deleted (filed dossiers refer to it). */
    @Transactional
    void retireCriterion(long id, Actor by) {
        requireAdmin(by);
        Criterion criterion = criterion(id);
        criterion.retire();
        audit.record(by, AuditAction.CRITERION_RETIRED, criterionTarget(awardForm(criterion.getAwardFormId()), criterion),
                criterion.getText());
    }

    @Transactional
    void reinstateCriterion(long id, Actor by) {
        requireAdmin(by);
        Criterion criterion = criterion(id);
        criterion.reinstate();
        audit.record(by, AuditAction.CRITERION_REINSTATED, criterionTarget(awardForm(criterion.getAwardFormId()), criterion),
                criterion.getText());
    }

    // ------------------------------------------------------------------------------------------------
    // Quotas: informative only; exceeding one blocks nothing.
    // ------------------------------------------------------------------------------------------------

    @Transactional
    void setQuota(long campaignId, long unitId, long awardFormId, int quota, Actor by) {
        requireAdmin(by);
        Campaign campaign = campaign(campaignId);
        Unit unit = activeUnit(unitId);
        AwardForm form = awardForm(awardFormId);
        if (!form.isRouted() || !campaign.allows(form)) {
            throw new ConflictException("error.awardForm.notInCampaign");
        }
        Integer was = currentQuota(campaignId, unitId, awardFormId);
        jdbc.sql("""
                insert into campaign_quota (campaign_id, unit_id, award_form_id, quota) values (?, ?, ?, ?)
                on conflict (campaign_id, unit_id, award_form_id) do update set quota = excluded.quota""")
                .params(campaignId, unitId, awardFormId, quota).update();
        audit.record(by, AuditAction.QUOTA_SET, campaign.getCode(),
                unit.getName() + " · " + form.getName() + " · " + (was == null ? "—" : was) + " → " + quota);
    }

    @Transactional
    void removeQuota(long campaignId, long unitId, long awardFormId, Actor by) {
        requireAdmin(by);
        Campaign campaign = campaign(campaignId);
        Integer was = currentQuota(campaignId, unitId, awardFormId);
        if (was == null) {
            throw new NotFoundException("quota " + campaignId + "/" + unitId + "/" + awardFormId);
        }
        jdbc.sql("delete from campaign_quota where campaign_id = ? and unit_id = ? and award_form_id = ?")
                .params(campaignId, unitId, awardFormId).update();
        audit.record(by, AuditAction.QUOTA_REMOVED, campaign.getCode(),
                unit(unitId).getName() + " · " + awardForm(awardFormId).getName() + " · " + was + " → —");
    }

    private Integer currentQuota(long campaignId, long unitId, long awardFormId) {
        return jdbc.sql("select quota from campaign_quota where campaign_id = ? and unit_id = ? and award_form_id = ?")
                .params(campaignId, unitId, awardFormId).query(Integer.class).optional().orElse(null);
    }

    // ------------------------------------------------------------------------------------------------

    private Campaign campaign(long id) {
        return campaigns.findById(id).orElseThrow(() -> new NotFoundException("campaign " + id));
    }

    private AwardForm awardForm(long id) {
        return awardForms.findById(id).orElseThrow(() -> new NotFoundException("award form " + id));
    }

    private Criterion criterion(long id) {
        return criteria.findById(id).orElseThrow(() -> new NotFoundException("criterion " + id));
    }

    private static String describe(AwardForm form) {
        return form.getName() + " / " + form.getNameEn() + " · " + (form.isAppliesToIndividual() ? "INDIVIDUAL" : "")
                + (form.isAppliesToIndividual() && form.isAppliesToCollective() ? "+" : "")
                + (form.isAppliesToCollective() ? "COLLECTIVE" : "");
    }

    private String criterionTarget(AwardForm form, Criterion criterion) {
        String campaign = criterion.getCampaignId() == null ? "" : campaign(criterion.getCampaignId()).getCode() + " · ";
        return form.getCode() + " · " + campaign + criterion.getNomineeType() + " · " + criterion.getPosition();
    }

    private static String requiredMark(boolean required) {
        return required ? "[*] " : "";
    }

    private Unit unit(long id) {
        return units.findById(id).orElseThrow(() -> new NotFoundException("unit " + id));
    }

    private Unit activeUnit(long id) {
        Unit unit = unit(id);
        if (!unit.isActive()) {
            throw new ConflictException("error.unit.inactive", unit.getName());
        }
        return unit;
    }

    private static String parentName(Unit parent) {
        return parent == null ? "—" : parent.getName();
    }

    static void requireAdmin(Actor by) {
        if (!by.is(Role.ADMIN)) {
            throw new ForbiddenException("error.admin.only");
        }
    }
}
