package vn.gov.sonla.awards.notification;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.gov.sonla.awards.account.CurrentUser;

/** The number of unread notices, for the inbox link in every page's header ({@code inboxUnread}). */
@ControllerAdvice
class InboxCountAdvice {

    private final Inbox inbox;

    InboxCountAdvice(Inbox inbox) {
        this.inbox = inbox;
    }

    @ModelAttribute("inboxUnread")
    Long inboxUnread(@AuthenticationPrincipal CurrentUser user) {
        return user == null ? null : inbox.unread(user);
    }
}
