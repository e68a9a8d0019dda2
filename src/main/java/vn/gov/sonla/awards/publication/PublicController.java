package vn.gov.sonla.awards.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.gov.sonla.awards.common.PlainText;
import vn.gov.sonla.awards.signature.DocumentKind;
import vn.gov.sonla.awards.signature.SignedOriginals;

/** The public pages, open without signing in: the honour roll and the verification of a certificate. */
@Controller
class PublicController {

    private final PublicRecords records;
    private final SignedOriginals signedOriginals;

    PublicController(PublicRecords records, SignedOriginals signedOriginals) {
        this.records = records;
        this.signedOriginals = signedOriginals;
    }

    @GetMapping("/public/honour-roll")
    String honourRoll(@RequestParam(name = "q", required = false) String q,
                      @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        String search = q == null ? "" : q.strip();
        if (search.length() > 100) {
            search = search.substring(0, 100);
        }
        Page<PublicAward> awards = records.honourRoll(search, page);
        model.addAttribute("q", search);
        model.addAttribute("awards", awards);
        model.addAttribute("groups", DecisionGroup.of(awards.getContent()));
        return "public/honour-roll";
    }

    /**
     * Genuine: the certificate's public facts, and whether its decision has a verified signed original (by whom,
     * when). Unknown: a 404 page that says so plainly.
     */
    @GetMapping("/verify/{code}")
    String verify(@PathVariable String code, Model model, HttpServletResponse response) {
        Optional<VerifiedCertificate> certificate = records.verify(code);
        if (certificate.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        model.addAttribute("certificate", certificate.orElse(null));
        model.addAttribute("signed", certificate
                .flatMap(c -> signedOriginals.current(DocumentKind.DECISION, c.decisionId()))
                .map(s -> new PublicSignature(s.signerName(), s.signedAt())).orElse(null));
        model.addAttribute("code", PlainText.withoutControls(code));
        return "public/verify";
    }

    /** The box to type a code read from paper; with a code, its verification. */
    @GetMapping("/verify")
    String verifyTyped(@RequestParam(name = "code", required = false) String code, Model model,
                       HttpServletResponse response) {
        if (code == null || code.isBlank()) {
            model.addAttribute("asked", false);
            return "public/verify";
        }
        return verify(code.length() > 100 ? code.substring(0, 100) : code, model, response);
    }

    /** What the public learns of a decision's signed original: who signed it and when, nothing more. */
    record PublicSignature(String signerName, java.time.Instant signedAt) {
    }

    /** The awards of one decision on a page of the roll. */
    record DecisionGroup(long decisionId, String decisionNumber, java.time.LocalDate decisionDate, List<PublicAward> awards) {

        static List<DecisionGroup> of(List<PublicAward> rows) {
            List<DecisionGroup> groups = new ArrayList<>();
            for (PublicAward a : rows) {
                if (groups.isEmpty() || groups.get(groups.size() - 1).decisionId() != a.decisionId()) {
                    groups.add(new DecisionGroup(a.decisionId(), a.decisionNumber(), a.decisionDate(), new ArrayList<>()));
                }
                groups.get(groups.size() - 1).awards().add(a);
            }
            return groups;
        }
    }
}
