package vn.gov.sonla.awards.home;

import java.util.EnumSet;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.gov.sonla.awards.account.Actor;
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

    HomeController(Dossiers dossiers, Submissions submissions, CampaignRepository campaigns,
                   UserAccountRepository accounts, Reports reports) {
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
        }
        switch (user.role()) {
            case CLERK -> {
                model.addAttribute("counts", dossiers.countByStatus(user));
                model.addAttribute("returned",
                        dossiers.newestInStatus(user, EnumSet.of(DossierStatus.RETURNED), Dossiers.QUEUE_LIMIT).items());
            }
            case DEPARTMENT -> model.addAttribute("counts", reports.stageCounts(user));
            case APPRAISER -> model.addAttribute("waiting",
                    submissions.atStages(user, EnumSet.of(SubmissionStatus.AT_HOME_AFFAIRS)));
            case CHAIRMAN_OFFICE -> model.addAttribute("waiting",
                    submissions.atStages(user, EnumSet.of(SubmissionStatus.AT_CHAIRMAN)));
            case ADMIN -> {
                model.addAttribute("campaigns", campaigns.findByActiveTrueOrderById());
                model.addAttribute("accounts", accounts.findAllByOrderByUsername());
            }
        }
        return "home";
    }
}
