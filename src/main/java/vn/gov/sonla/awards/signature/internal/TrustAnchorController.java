package vn.gov.sonla.awards.signature.internal;

import java.io.IOException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.CurrentActor;
import vn.gov.sonla.awards.common.ConflictException;

/** The administrator's page of trust anchors: install root and intermediate CA certificates, remove one. */
@Controller
class TrustAnchorController {

    private final TrustAnchors anchors;

    TrustAnchorController(TrustAnchors anchors) {
        this.anchors = anchors;
    }

    @GetMapping("/admin/trust")
    String list(Model model) {
        model.addAttribute("anchors", anchors.list());
        return "admin/trust";
    }

    @PostMapping("/admin/trust")
    String install(@RequestParam(name = "file", required = false) MultipartFile file, @CurrentActor Actor admin,
                   RedirectAttributes redirect) throws IOException {
        try {
            int added = anchors.install(file == null ? new byte[0] : file.getBytes(), admin);
            redirect.addFlashAttribute("notice", "signature.trust.installed");
            redirect.addFlashAttribute("noticeArg", added);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
            if (e.arguments().length > 0) {
                redirect.addFlashAttribute("failureArg", e.arguments()[0]);
            }
        }
        return "redirect:/admin/trust";
    }

    @PostMapping("/admin/trust/{id}/remove")
    String remove(@PathVariable long id, @CurrentActor Actor admin, RedirectAttributes redirect) {
        anchors.remove(id, admin);
        redirect.addFlashAttribute("notice", "signature.trust.removed");
        return "redirect:/admin/trust";
    }
}
