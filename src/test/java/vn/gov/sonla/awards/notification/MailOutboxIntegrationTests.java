package vn.gov.sonla.awards.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.TestDatabaseConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The mail outbox with mail configured (its own Spring context, pointed at a local GreenMail SMTP server that
 * is down at first): the step commits and its mail waits in the outbox while the server is down; the
 * background worker keeps retrying and delivers it once the server is up — exactly once.
 */
@SpringBootTest(properties = {"awards.database.embedded=false", "awards.demo=true", "spring.mail.host=127.0.0.1",
        "awards.mail.poll-interval=PT0.2S", "awards.mail.retry-delay=PT0S", "awards.base-url=https://khenthuong.sonla.gov.vn"})
@Import({TestDatabaseConfiguration.class, Fixtures.class})
class MailOutboxIntegrationTests {

    static final int SMTP_PORT = freePort();
    static final String ADDRESS = "hoang.van.nam@syt.sonla.gov.vn";

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> 2000);
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> 2000);
    }

    @Autowired Inbox inbox;
    @Autowired Dossiers dossiers;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    final GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @AfterEach
    void cleanUp() {
        smtp.stop();
        inbox.saveSettings(fixtures.user("syt").actor(), null, Set.of());
    }

    @Test
    void aMailServerThatIsDownDelaysTheMailButNeverBlocksOrLosesIt() throws Exception {
        Actor health = fixtures.actor("syt");
        inbox.saveSettings(health, ADDRESS, Set.of(NoticeKind.Topic.QUEUE));

        // the step goes through with the mail server down
        Dossier d = fixtures.aSubmittedDossier("vanthu.bvdk", "COVID19", "CHAIRMAN_CERTIFICATE", "Lò Thị Thư Chờ");
        assertThat(d.getStatus()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(outbox(d, "count(*)", Long.class)).isEqualTo(1);

        // the worker tries, fails, keeps the message and tries again
        await().atMost(Duration.ofSeconds(20)).until(() -> outbox(d, "attempts", Integer.class) >= 2);
        assertThat(outbox(d, "sent_at is null", Boolean.class)).isTrue();
        assertThat(outbox(d, "last_error", String.class)).isNotBlank();

        smtp.start();
        assertThat(smtp.waitForIncomingEmail(20_000, 1)).as("the mail arrives once the server is up").isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> outbox(d, "sent_at is not null", Boolean.class));

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(ADDRESS);
        assertThat(received[0].getSubject()).contains("Lò Thị Thư Chờ");
        assertThat(GreenMailUtil.getBody(received[0])).contains("khenthuong.sonla.gov.vn/dossiers/" + d.getId());

        // delivered exactly once, though the worker keeps running
        int attempts = outbox(d, "attempts", Integer.class);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> smtp.getReceivedMessages().length == 1 && outbox(d, "attempts", Integer.class) == attempts);
    }

    @Test
    void onlyTheTopicsAPersonChoseGoByMail() {
        inbox.saveSettings(fixtures.user("syt").actor(), ADDRESS, Set.of(NoticeKind.Topic.DECISIONS));
        Dossier d = fixtures.aSubmittedDossier("vanthu.bvdk", "COVID19", "CHAIRMAN_CERTIFICATE", "Lò Văn Không Thư");
        assertThat(outbox(d, "count(*)", Long.class)).isZero();
        assertThat(jdbc.sql("select count(*) from notice where dossier_id = ?").param(d.getId()).query(Long.class).single())
                .as("the inbox gets the notice all the same").isPositive();
    }

    /** A column (or expression) of the one outbox row of the dossier's notices; {@code count(*)} counts them. */
    private <T> T outbox(Dossier d, String expression, Class<T> type) {
        return jdbc.sql("select " + expression + " from mail_outbox o join notice n on n.id = o.notice_id "
                        + "where n.dossier_id = ?")
                .param(d.getId()).query(type).single();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
