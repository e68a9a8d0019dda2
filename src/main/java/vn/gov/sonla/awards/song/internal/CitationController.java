package vn.gov.sonla.awards.song.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.CurrentActor;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.ForbiddenException;
import vn.gov.sonla.awards.common.NotFoundException;
import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.DossierView;
import vn.gov.sonla.awards.dossier.Dossiers;

/**
 * The clerk cites the unit's confirmed contributions on a dossier of the program, as evidence of its criterion,
 * instead of uploading the same receipts again: only while the unit may still change the dossier.
 */
@Controller
class CitationController {

    private final Dossiers dossiers;
    private final SongFacts facts;
    private final JdbcClient jdbc;
    private final Clock clock;

    CitationController(Dossiers dossiers, SongFacts facts, JdbcClient jdbc, Clock clock) {
        this.dossiers = dossiers;
        this.facts = facts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PostMapping("/song/dossiers/{id}/cite")
    @Transactional
    String cite(@PathVariable long id, @RequestParam(required = false) List<Long> entryIds, @CurrentActor Actor clerk,
                RedirectAttributes redirect) {
        if (clerk.role() != Role.CLERK) {
            throw new ForbiddenException("song.forbidden");
        }
        DossierView dossier = dossiers.view(id, clerk);
        if (dossier.unit().getId() != clerk.unitId()) {
            throw new ForbiddenException("song.forbidden");
        }
        if (dossier.status() != DossierStatus.DRAFT && dossier.status() != DossierStatus.RETURNED) {
            throw new ConflictException("song.cite.notEditable");
        }
        SongFacts.Nominee nominee = facts.nominee(id).orElseThrow(() -> new NotFoundException("program dossier " + id));
        Set<Long> allowed = facts.evidence(id, nominee).entries().stream().map(e -> e.id()).collect(java.util.stream.Collectors.toSet());
        List<Long> chosen = entryIds == null ? List.of() : entryIds.stream().distinct().toList();
        if (chosen.isEmpty() || !allowed.containsAll(chosen)) {
            redirect.addFlashAttribute("notice", "song.cite.none");
            return "redirect:/dossiers/" + id + "#song-evidence";
        }
        for (long entry : chosen) {
            jdbc.sql("""
                    insert into song_citation (dossier_id, entry_id, cited_at, cited_by) values (?, ?, ?, ?)
                    on conflict (dossier_id, entry_id) do nothing""")
                    .params(id, entry, Timestamp.from(clock.instant()), clerk.username()).update();
        }
        redirect.addFlashAttribute("notice", "song.cited.notice");
        redirect.addFlashAttribute("noticeArg", chosen.size());
        return "redirect:/dossiers/" + id + "#song-evidence";
    }
}
