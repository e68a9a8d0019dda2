package vn.gov.sonla.awards.notification;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.CurrentActor;

/** The number of unread notices, for the inbox link in every page's header ({@code inboxUnread}). */
@ControllerAdvice
class InboxCountAdvice {

    private final Inbox inbox;

    InboxCountAdvice(Inbox inbox) {
        this.inbox = inbox;
    }

    @ModelAttribute("inboxUnread")
    Long inboxUnread(@CurrentActor Actor user) {
        return user == null ? null : inbox.unread(user);
    }
}
