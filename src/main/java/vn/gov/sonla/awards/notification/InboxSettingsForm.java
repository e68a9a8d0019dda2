package vn.gov.sonla.awards.notification;

import java.util.Set;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the inbox settings page posts: my e-mail address (may be blank) and the topics I want by e-mail. */
public record InboxSettingsForm(
        @Size(max = 255, message = "{validation.size.255}")
        @Pattern(regexp = "^\\s*$|^\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*$", message = "{inbox.settings.email.invalid}")
        String email,
        Set<NoticeKind.Topic> topics) {

    public InboxSettingsForm {
        topics = topics == null ? Set.of() : Set.copyOf(topics);
    }
}
