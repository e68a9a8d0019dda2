package vn.gov.sonla.awards.notification;

import java.util.Arrays;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.CurrentActor;

/** My inbox (only my notices), opening a notice (marks it read), and my e-mail settings. */
@Controller
class InboxController {

    private static final int PAGE_SIZE = 20;

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/inbox")
    String list(@RequestParam(defaultValue = "0") int page, @CurrentActor Actor user, Model model) {
        model.addAttribute("page", inbox.notices(user, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "inbox/list";
    }

    @PostMapping("/inbox/{id}/open")
    String open(@PathVariable long id, @CurrentActor Actor user) {
        return "redirect:" + inbox.open(id, user);
    }

    @PostMapping("/inbox/read-all")
    String readAll(@CurrentActor Actor user, RedirectAttributes redirect) {
        inbox.markAllRead(user);
        redirect.addFlashAttribute("notice", "inbox.allRead");
        return "redirect:/inbox";
    }

    @GetMapping("/inbox/settings")
    String settings(@CurrentActor Actor user, Model model) {
        Inbox.Settings settings = inbox.settings(user);
        model.addAttribute("form", new InboxSettingsForm(settings.email(), settings.topics()));
        return settingsPage(model);
    }

    @PostMapping("/inbox/settings")
    String saveSettings(@Valid @ModelAttribute("form") InboxSettingsForm form, BindingResult errors,
                        @CurrentActor Actor user, Model model, RedirectAttributes redirect) {
        if (!form.topics().isEmpty() && (form.email() == null || form.email().isBlank())) {
            errors.rejectValue("email", "inbox.settings.email.required");
        }
        if (errors.hasErrors()) {
            return settingsPage(model);
        }
        inbox.saveSettings(user, form.email(), form.topics());
        redirect.addFlashAttribute("notice", "inbox.settings.saved");
        return "redirect:/inbox/settings";
    }

    private String settingsPage(Model model) {
        model.addAttribute("topics", Arrays.asList(NoticeKind.Topic.values()));
        return "inbox/settings";
    }
}
