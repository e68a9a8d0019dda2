package vn.gov.sonla.awards.signature.internal;

import java.io.IOException;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.CurrentActor;
import vn.gov.sonla.awards.common.Downloads;
import vn.gov.sonla.awards.common.NotFoundException;
import vn.gov.sonla.awards.signature.DocumentKind;
import vn.gov.sonla.awards.signature.SignedOriginal;
import vn.gov.sonla.awards.signature.SignedOriginals;

/**
 * Upload of a numbered document's signed original (Tải lên bản đã ký số) and download of the accepted one, for
 * those the document's module allows; the verdict returns to the document's page.
 */
@Controller
class SignedOriginalController {

    private final SignedOriginals originals;

    SignedOriginalController(SignedOriginals originals) {
        this.originals = originals;
    }

    @PostMapping("/signed/{kind}/{id}")
    String upload(@PathVariable String kind, @PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                  @CurrentActor Actor user, RedirectAttributes redirect) throws IOException {
        DocumentKind k = kind(kind);
        byte[] bytes = file == null ? new byte[0] : file.getBytes();
        SignedOriginal result = originals.upload(k, id, file == null ? null : file.getOriginalFilename(), bytes, user);
        if (result.accepted()) {
            redirect.addFlashAttribute("notice", "signature.upload.accepted");
            redirect.addFlashAttribute("noticeArg", result.signerName());
        } else {
            redirect.addFlashAttribute("failure", result.refusal().labelKey());
            redirect.addFlashAttribute("failureField", "signed-" + k.slug() + "-file");
        }
        return "redirect:" + originals.document(k, id, user).page() + "#signed-" + k.slug();
    }

    @GetMapping("/signed/{kind}/{id}/original.pdf")
    ResponseEntity<byte[]> download(@PathVariable String kind, @PathVariable long id, @CurrentActor Actor user) {
        SignedOriginals.Download d = originals.download(kind(kind), id, user);
        return Downloads.attachment(d.content(), Downloads.PDF, "Ban-ky-so-" + d.document().number(), "pdf");
    }

    private static DocumentKind kind(String slug) {
        return DocumentKind.bySlug(slug).orElseThrow(() -> new NotFoundException("document kind " + slug));
    }
}
