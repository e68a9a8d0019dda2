package vn.gov.sonla.awards.review;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.gov.sonla.awards.common.Keyset;
import vn.gov.sonla.awards.common.NotFoundException;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lists of submissions are read by SQL (SubmissionRow) under the same rule as a submission opened on its own
 * page: for every role, a list of every stage shows exactly the submissions that role may open.
 */
@IntegrationTest
class SubmissionScopeIntegrationTests {

    @Autowired Submissions submissions;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void theListsShowExactlyTheSubmissionsEachRoleMayOpen() {
        Dossier a = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Phạm Vi Tờ Trình A");
        fixtures.sent("syt", a);
        Dossier b = fixtures.anAcceptedDossier("vanthu.viettel", "stttt", "SONG_MAY_TINH", "Phạm Vi Tờ Trình B");
        submissions.createDraft(List.of(b.getId()), fixtures.user("stttt").actor());
        List<Long> all = jdbc.sql("select id from submission order by id desc").query(Long.class).list();
        for (String username : List.of("syt", "stttt", "snv", "vpubnd", "vanthu.maison", "admin")) {
            var user = fixtures.user(username);
            List<Long> mayOpen = all.stream().filter(id -> opens(id, username)).toList();
            List<Long> listed = submissions.atStages(user.actor(), EnumSet.allOf(SubmissionStatus.class), Keyset.first(100_000))
                    .items().stream().map(SubmissionRow::id).toList();
            assertThat(listed).as(username).isEqualTo(mayOpen);
            if (username.equals("syt") || username.equals("stttt")) {
                assertThat(submissions.ofDepartment(user.actor(), Keyset.first(100_000)).items().stream().map(SubmissionRow::id)
                        .toList()).as(username + "'s own").isEqualTo(mayOpen).isNotEmpty();
            }
            if (List.of("syt", "stttt", "snv").contains(username)) {
                assertThat(listed).as(username + " sees some").isNotEmpty();
            }
        }
    }

    private boolean opens(long id, String username) {
        try {
            submissions.get(id, fixtures.user(username).actor());
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }
}
