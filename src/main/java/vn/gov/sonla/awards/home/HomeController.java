package vn.gov.sonla.awards.home;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.signing.SigningQueue;
import vn.gov.sonla.awards.account.CurrentActor;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.account.UserAccountRepository;
import vn.gov.sonla.awards.campaign.CampaignRepository;
import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.report.Reports;
import vn.gov.sonla.awards.review.SubmissionStatus;
import vn.gov.sonla.awards.review.Submissions;

/** Each role's home: the work waiting for it, with links into its queue. */
@Controller
class HomeController {

    private final Dossiers dossiers;
    private final Submissions submissions;
    private final CampaignRepository campaigns;
    private final UserAccountRepository accounts;
    private final Reports reports;

    private final SigningQueue signing;

    HomeController(Dossiers dossiers, Submissions submissions, CampaignRepository campaigns,
                   UserAccountRepository accounts, Reports reports, SigningQueue signing) {
        this.signing = signing;
        this.reports = reports;
        this.dossiers = dossiers;
        this.submissions = submissions;
        this.campaigns = campaigns;
        this.accounts = accounts;
    }

    @GetMapping("/")
    String home(@CurrentActor Actor user, Model model) {
        if (user.role() != Role.ADMIN) {
            model.addAttribute("figures", reports.homeFigures(user));
            // each figure links to the list that shows the same number, where there is one
            model.addAttribute("queueLink", switch (user.role()) {
                // what waits on a unit is what was returned to it (its drafts are not timed)
                case CLERK -> "/dossiers?status=" + DossierStatus.RETURNED;
                case DEPARTMENT -> "/review?waiting=true";
                // Home Affairs and the chairman's office work through submissions: the lists of those that hold them
                case APPRAISER -> "/appraisal";
                case CHAIRMAN_OFFICE -> "/decisions";
                case ADMIN -> null;
            });
            model.addAttribute("overdueLink", "/reports#overdue");
            // the report of this month counts the same awards beside the dossiers filed in it
            String month = reports.thisMonth().toString();
            model.addAttribute("decidedLink", "/reports?from=" + month + "&to=" + month + "#decided");
            // a leader's first figure: what waits for the office's signature
            List<SigningQueue.Waiting> toSign = signing.waiting(user);
            if (!toSign.isEmpty()) {
                model.addAttribute("toSign", toSign.size());
            }
        }
        // an expression, so that a new role does not compile until its home is decided here
        // each count by stage links to the list of that stage
        model.addAttribute("stageListBase", switch (user.role()) {
            case CLERK -> "/dossiers?status=";
            case DEPARTMENT -> "/review?status=";
            case APPRAISER, CHAIRMAN_OFFICE, ADMIN -> "";
        });
        model.addAllAttributes(switch (user.role()) {
            case CLERK -> Map.<String, Object>of("counts", dossiers.countByStatus(user), "returned",
                    dossiers.newestInStatus(user, EnumSet.of(DossierStatus.RETURNED), Dossiers.QUEUE_LIMIT).items());
            case DEPARTMENT -> Map.<String, Object>of("counts", reports.stageCounts(user));
            case APPRAISER -> Map.<String, Object>of("waiting",
                    submissions.atStages(user, EnumSet.of(SubmissionStatus.AT_HOME_AFFAIRS)));
            case CHAIRMAN_OFFICE -> Map.<String, Object>of("waiting",
                    submissions.atStages(user, EnumSet.of(SubmissionStatus.AT_CHAIRMAN)));
            case ADMIN -> Map.<String, Object>of("campaigns", campaigns.findByActiveTrueOrderById(),
                    "accounts", accounts.findAllByOrderByUsername());
        });
        return "home";
    }
}
