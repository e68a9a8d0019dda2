package vn.gov.sonla.awards.dossier.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.gov.sonla.awards.campaign.Campaign;
import vn.gov.sonla.awards.campaign.Campaigns;
import vn.gov.sonla.awards.campaign.NomineeType;
import vn.gov.sonla.awards.common.Option;
import vn.gov.sonla.awards.common.ReferenceCache;
import vn.gov.sonla.awards.dossier.AttachmentKind;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.dossier.Gender;

/** The choices offered on the clerk's forms, in the reader's language. */
@Component
class FilingOptions {

    private final Dossiers dossiers;
    private final ReferenceCache cache;
    private final Campaigns campaigns;
    private final Clock clock;

    FilingOptions(Dossiers dossiers, ReferenceCache cache, Campaigns campaigns, Clock clock) {
        this.clock = clock;
        this.campaigns = campaigns;
        this.dossiers = dossiers;
        this.cache = cache;
    }

    /** The campaigns receiving dossiers today, as choices (cached: every list page shows them). */
    List<Option> campaigns() {
        return cache.list("filing.campaigns", () ->
                receiving().stream().map(c -> Option.named(c.getId(), c.getShortName())).toList());
    }

    private List<Campaign> receiving() {
        LocalDate today = LocalDate.now(clock);
        return campaigns.open().stream().filter(c -> c.receivesDossiersOn(today)).toList();
    }

    /** The award forms routed through the province, as choices in the reader's language (cached per language). */
    List<Option> awardForms() {
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        return cache.list(english ? "filing.awardForms.en" : "filing.awardForms.vi", () -> campaigns.routedAwardForms()
                .stream().map(a -> Option.named(a.getId(), english ? a.getNameEn() : a.getName())).toList());
    }

    List<Option> nomineeTypes() {
        return List.of(NomineeType.INDIVIDUAL, NomineeType.COLLECTIVE).stream()
                .map(t -> Option.keyed(t, "nomineeType." + t)).toList();
    }

    List<Option> genders() {
        return List.of(Gender.values()).stream().map(g -> Option.keyed(g, "gender." + g)).toList();
    }

    List<Option> attachmentKinds() {
        return List.of(AttachmentKind.values()).stream().map(k -> Option.keyed(k, k.labelKey())).toList();
    }

    boolean offersCampaign(Long id) {
        return id != null && receiving().stream().anyMatch(c -> c.getId().equals(id));
    }

    /** Whether the campaign allows that award form; false if either is not offered. */
    boolean allowsTogether(Long campaignId, Long awardFormId) {
        return campaignId != null && awardFormId != null && offersAwardForm(awardFormId)
                && campaigns.receives(campaignId, awardFormId);
    }

    /** Whether the (offered) award form may be proposed for that kind of nominee. */
    boolean appliesTo(Long awardFormId, NomineeType type) {
        return campaigns.routedAwardForms().stream().anyMatch(a -> a.getId().equals(awardFormId) && a.appliesTo(type));
    }

    boolean offersAwardForm(Long id) {
        return id != null && campaigns.routedAwardForms().stream().anyMatch(a -> a.getId().equals(id));
    }
}
