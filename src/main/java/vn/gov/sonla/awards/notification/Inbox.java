package vn.gov.sonla.awards.notification;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.common.NotFoundException;

/**
 * A person's inbox: only their own notices, newest first; opening one marks it read. Also where a person
 * keeps their e-mail address and chooses which topics they want by e-mail.
 */
@Service
@Transactional(readOnly = true)
public class Inbox {

    private final JdbcClient jdbc;

    Inbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One count per page view (the header's inbox link): a single statement, outside any transaction. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public long unread(Actor user) {
        return jdbc.sql("select count(*) from notice where recipient_id = :me and read_at is null")
                .param("me", user.id()).query(Long.class).single();
    }

    public Page<Notice> notices(Actor user, Pageable pageable) {
        long total = jdbc.sql("select count(*) from notice where recipient_id = :me")
                .param("me", user.id()).query(Long.class).single();
        List<Notice> content = jdbc.sql("""
                select id, kind, subject, detail, created_at, read_at from notice
                 where recipient_id = :me order by id desc limit :limit offset :offset""")
                .param("me", user.id())
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query((rs, n) -> new Notice(rs.getLong("id"), NoticeKind.valueOf(rs.getString("kind")),
                        rs.getString("subject"), rs.getString("detail"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant()))
                .list();
        return new PageImpl<>(content, pageable, total);
    }

    /** Marks one of my notices read and answers where it leads; someone else's notice is not found. */
    @Transactional
    public String open(long noticeId, Actor user) {
        Optional<String> link = jdbc.sql("""
                update notice set read_at = coalesce(read_at, now())
                 where id = :id and recipient_id = :me returning link""")
                .param("id", noticeId).param("me", user.id()).query(String.class).optional();
        return link.orElseThrow(() -> new NotFoundException("notice " + noticeId));
    }

    @Transactional
    public int markAllRead(Actor user) {
        return jdbc.sql("update notice set read_at = now() where recipient_id = :me and read_at is null")
                .param("me", user.id()).update();
    }

    public Settings settings(Actor user) {
        String email = jdbc.sql("select email from user_account where id = :me").param("me", user.id())
                .query(String.class).optional().orElse(null);
        Set<NoticeKind.Topic> topics = EnumSet.noneOf(NoticeKind.Topic.class);
        jdbc.sql("select kind from notice_mail_preference where user_id = :me").param("me", user.id())
                .query(String.class).list().forEach(k -> topics.add(NoticeKind.Topic.valueOf(k)));
        return new Settings(email, topics);
    }

    /** Saves my e-mail address (blank clears it) and the topics I want by e-mail. */
    @Transactional
    public void saveSettings(Actor user, String email, Set<NoticeKind.Topic> topics) {
        jdbc.sql("update user_account set email = :email where id = :me")
                .param("email", email == null || email.isBlank() ? null : email.strip())
                .param("me", user.id()).update();
        jdbc.sql("delete from notice_mail_preference where user_id = :me").param("me", user.id()).update();
        for (NoticeKind.Topic topic : topics) {
            jdbc.sql("insert into notice_mail_preference (user_id, kind) values (:me, :kind)")
                    .param("me", user.id()).param("kind", topic.name()).update();
        }
    }

    /** One notice as the inbox lists it; the text is the message {@code kind.labelKey()} with the subject. */
    public record Notice(long id, NoticeKind kind, String subject, String detail, Instant createdAt, Instant readAt) {

        public boolean isUnread() {
            return readAt == null;
        }
    }

    /** My e-mail address and the topics I want by e-mail. */
    public record Settings(String email, Set<NoticeKind.Topic> topics) {
    }
}
