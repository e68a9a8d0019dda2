package vn.gov.sonla.awards.decision.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.campaign.NomineeType;
import vn.gov.sonla.awards.common.ProvinceTime;
import vn.gov.sonla.awards.common.VerificationCode;
import vn.gov.sonla.awards.document.PdfDocuments;
import vn.gov.sonla.awards.document.QrCodes;
import vn.gov.sonla.awards.common.NotFoundException;
import vn.gov.sonla.awards.dossier.DossierView;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.review.SubmissionView;
import vn.gov.sonla.awards.decision.DecisionView;
import vn.gov.sonla.awards.decision.Decisions;
import vn.gov.sonla.awards.decision.Grant;
import vn.gov.sonla.awards.signature.DocumentKind;

/**
 * The decision (Quyết định "N/QĐ-UBND") in the official layout with its appendix, and the certificates (Bằng khen)
 * it grants, each with a QR code to its public verification page — all made from the stored data.
 */
@Service
public class DecisionDocuments {

    private final Decisions decisions;
    private final Dossiers dossiers;
    private final PdfDocuments pdf;
    private final String publicBaseUrl;

    DecisionDocuments(Decisions decisions, Dossiers dossiers, PdfDocuments pdf,
                      @Value("${awards.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.decisions = decisions;
        this.dossiers = dossiers;
        this.pdf = pdf;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    /** The public address that verifies a certificate, as printed in its QR code. */
    public String verificationUrl(String code) {
        // the stored code, without the printed groups' hyphens, at which a line of the printed address may not break
        return publicBaseUrl + "/verify/" + code;
    }

    public byte[] decisionPdf(long decisionId, Actor user) {
        DecisionView decision = decisions.get(decisionId, user);
        SubmissionView submission = decisions.submissionOf(decision, user);
        List<DossierView> granted = decisions.granted(decision, user);
        List<DossierView> individuals = granted.stream().filter(d -> d.nomineeType() == NomineeType.INDIVIDUAL).toList();
        List<DossierView> collectives = granted.stream().filter(d -> d.nomineeType() == NomineeType.COLLECTIVE).toList();
        String campaigns = String.join("; ", granted.stream().map(d -> d.campaign().getName()).distinct().toList());
        return pdf.pdf("documents/decision", Map.of(
                "decision", decision,
                "submission", submission,
                "reportNumber", Objects.requireNonNullElse(submission.appraisalReportNumber(), submission.number()),
                "reportDate", submission.forwardedAt() == null ? decision.issuedOn()
                        : submission.forwardedAt().atZone(ProvinceTime.ZONE).toLocalDate(),
                "campaigns", campaigns,
                "individuals", individuals,
                "collectives", collectives), DocumentKind.DECISION.identifier(decisionId));
    }

    /** Every certificate of the decision, one landscape page each. */
    public byte[] certificatesPdf(long decisionId, Actor user) {
        DecisionView decision = decisions.get(decisionId, user);
        Map<Long, String> codes = decisions.certificates(decision).stream()
                .collect(java.util.stream.Collectors.toMap(Certificate::getDossierId, Certificate::getCode));
        List<CertificatePage> pages = decisions.granted(decision, user).stream()
                .filter(d -> codes.containsKey(d.id()))
                .map(d -> page(d, decision, codes.get(d.id()))).toList();
        return pdf.pdf("documents/certificates", Map.of("pages", pages));
    }

    /** The certificate of one granted dossier (for its unit's clerk too). */
    public byte[] certificatePdf(long dossierId, Actor user) {
        Certificate certificate = decisions.certificateOf(dossierId, user);
        DossierView dossier = dossiers.view(dossierId, user);
        // A clerk may see the unit's granted dossier but not the submission behind the decision: the certificate
        // needs only the decision's number and date, which the grant of the dossier carries.
        Grant grant = decisions.grantOf(dossierId).orElseThrow(() -> new NotFoundException("decision of dossier " + dossierId));
        return pdf.pdf("documents/certificates", Map.of("pages", List.of(
                page(dossier, grant.number(), grant.issuedOn(), certificate.getCode()))));
    }

    private CertificatePage page(DossierView d, DecisionView decision, String code) {
        return page(d, decision.number(), decision.issuedOn(), code);
    }

    private CertificatePage page(DossierView d, String decisionNumber, java.time.LocalDate decisionDate, String code) {
        String url = verificationUrl(code);
        return new CertificatePage(d.nomineeName(), d.nomineeType() == NomineeType.INDIVIDUAL ? d.nominee().position() : null,
                d.unit().getName(), d.effectiveAwardForm().getName(), d.achievementSummary(), decisionNumber, decisionDate,
                VerificationCode.printed(code), url, QrCodes.dataUri(url, 240));
    }

    /** What one certificate page shows; the award form is the one that stands, as the verification page says. */
    public record CertificatePage(String awardee, String position, String unit, String awardForm, String achievement,
                                  String decisionNumber, java.time.LocalDate decisionDate, String code,
                                  String verificationUrl, String qrDataUri) {
    }
}
