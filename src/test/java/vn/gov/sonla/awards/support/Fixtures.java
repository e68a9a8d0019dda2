package vn.gov.sonla.awards.support;

import java.util.Arrays;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.gov.sonla.awards.account.Accounts;
import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.CurrentUser;
import vn.gov.sonla.awards.dossier.DepartmentSteps;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.demo.DemoFiling;
import vn.gov.sonla.awards.dossier.DossierView;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.dossier.Gender;
import vn.gov.sonla.awards.dossier.Nominee;
import vn.gov.sonla.awards.review.SubmissionView;
import vn.gov.sonla.awards.review.Submissions;

/**
 * Dossiers for integration tests, brought to their stage through the real services (each step its own
 * committed transaction), filed by the demo accounts.
 */
@TestComponent
public class Fixtures {

    private final Accounts accounts;
    private final Dossiers dossiers;
    private final Submissions submissions;
    private final DemoFiling filing;
    private final JdbcClient jdbc;
    private final DepartmentSteps departmentSteps;

    Fixtures(Accounts accounts, Dossiers dossiers, Submissions submissions, DemoFiling filing, JdbcClient jdbc,
             DepartmentSteps departmentSteps) {
        this.departmentSteps = departmentSteps;
        this.accounts = accounts;
        this.dossiers = dossiers;
        this.submissions = submissions;
        this.filing = filing;
        this.jdbc = jdbc;
    }

    public CurrentUser user(String username) {
        return accounts.load(username);
    }

    /** The person as the domain knows them, for service calls. */
    public Actor actor(String username) {
        return user(username).actor();
    }

    public Nominee individual(String name) {
        return Nominee.individual(name, "Bác sĩ", "Khoa Hồi sức tích cực", 1980, Gender.FEMALE, true);
    }

    /** A draft with only its first section filled in. */
    public Dossier aDraft(String clerk, String campaignCode, String awardCode, String nomineeName) {
        return entity(filing.start(user(clerk).actor(), campaignCode, awardCode, individual(nomineeName)), clerk);
    }

    /** A draft with every section complete, ready to submit. */
    public Dossier aCompleteDraft(String clerk, String campaignCode, String awardCode, String nomineeName) {
        return entity(filing.complete(user(clerk).actor(), campaignCode, awardCode, individual(nomineeName), "Thành tích của " + nomineeName), clerk);
    }

    /** A complete dossier for exactly that nominee and achievements, submitted. */
    public Dossier aSubmittedDossier(String clerk, String campaignCode, String awardCode, Nominee nominee, String achievements) {
        return entity(filing.submitted(user(clerk).actor(), campaignCode, awardCode, nominee, achievements), clerk);
    }

    public Dossier aSubmittedDossier(String clerk, String campaignCode, String awardCode, String nomineeName) {
        return entity(filing.submitted(user(clerk).actor(), campaignCode, awardCode, individual(nomineeName), "Thành tích của " + nomineeName), clerk);
    }

    public Dossier anAcceptedDossier(String clerk, String department, String campaignCode, String nomineeName) {
        Dossier d = aSubmittedDossier(clerk, campaignCode, "CHAIRMAN_CERTIFICATE", nomineeName);
        departmentSteps.accept(d.getId(), d.getVersion(), user(department).actor());
        return reload(d, department);
    }

    public SubmissionView sent(String department, Dossier... accepted) {
        return submissions.compileAndSend(Arrays.stream(accepted).map(Dossier::getId).toList(), user(department).actor());
    }

    /** The aggregate behind a view, as the clerk who filed it sees it (tests look inside it). */
    private Dossier entity(DossierView view, String clerk) {
        return dossiers.get(view.id(), user(clerk).actor());
    }

    public Dossier reload(Dossier d, String asUser) {
        return dossiers.get(d.getId(), user(asUser).actor());
    }

    /** The id of a demo dossier, found by its nominee's name. */
    public long demoDossierId(String nomineeName) {
        return jdbc.sql("select id from dossier where nominee_name = ? order by id limit 1")
                .param(nomineeName).query(Long.class).single();
    }

    /** The last number taken in a document series for a year (0 when none). */
    public int lastNumber(String series, int year) {
        return jdbc.sql("select coalesce(max(last_number), 0) from document_counter where series = ? and year = ?")
                .params(series, year).query(Integer.class).single();
    }

    /** How many times a step stands in a dossier's history. */
    public int events(long dossierId, String action) {
        return jdbc.sql("select count(*) from dossier_event where dossier_id = ? and action = ?")
                .params(dossierId, action).query(Integer.class).single();
    }
}
