package vn.gov.sonla.awards.dossier.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.NotFoundException;
import vn.gov.sonla.awards.dossier.DossierStepTaken;

/**
 * One step taken by many dossiers at once — a whole submission sent, endorsed, forwarded, granted or proposed. Each
 * dossier is guarded and moved by its own step method, exactly as on its own; what the steps changed is then stored
 * with one statement per table (the dossiers, their history, their frozen copies) instead of statements for each
 * dossier, which made a submission of 2,000 take many seconds. The database's triggers (the history's hash chain,
 * the report tallies) see the same rows as from steps taken one by one.
 */
@Component
class ManySteps {

    /**
     * What a step of many may change on a dossier, beside its history: the stage, since when, and the submission it is
     * in — the columns {@link #UPDATE} writes. A step that changes anything else is refused before anything is written.
     */
    private static final Set<String> WRITTEN = Set.of("status", "statusChangedAt", "placement");

    private static final String UPDATE = """
            update dossier d
               set status = x.status, status_changed_at = x.status_changed_at,
                   draft_submission_id = x.draft_submission_id, submission_id = x.submission_id,
                   submission_number = x.submission_number, version = d.version + 1
              from jsonb_to_recordset(cast(:rows as jsonb))
                   as x(id bigint, version bigint, status varchar, status_changed_at timestamptz,
                        draft_submission_id bigint, submission_id bigint, submission_number varchar)
             where d.id = x.id and d.version = x.version""";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DossierRepository repository;
    private final DossierRows rows;
    private final DossierSnapshots snapshots;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final HistoryRows history;

    ManySteps(DossierRepository repository, DossierRows rows, DossierSnapshots snapshots, ApplicationEventPublisher events,
              EntityManager entityManager, JdbcClient jdbc, HistoryRows history) {
        this.history = history;
        this.repository = repository;
        this.rows = rows;
        this.snapshots = snapshots;
        this.events = events;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
    }

    /** One step taken by one dossier, as written: the dossier and the history event the step recorded. */
    record Taken(Dossier dossier, DossierEvent step) {
    }

    /**
     * Takes the step on each dossier, in id order: 404 when any is outside the asker's scope, 409 when any was changed
     * since the page showed it ({@code shownVersions}: the version shown per id; null when the caller showed none), the
     * step's own 403/409 when it refuses any — and then nothing is written.
     *
     * @return how many dossiers took the step
     */
    int take(Collection<Long> ids, Map<Long, Long> shownVersions, Actor user, Clock clock,
             Consumer<Dossier> action) {
        return take(ids, shownVersions, user, clock, action, loaded -> { });
    }

    /**
     * {@link #take}, handing the dossiers as loaded, in id order, to {@code loaded} before any takes the step, for work
     * that can go on meanwhile (a document that lists them, laid out on another thread).
     */
    int take(Collection<Long> ids, Map<Long, Long> shownVersions, Actor user, Clock clock,
             Consumer<Dossier> action, Consumer<List<Dossier>> loaded) {
        Set<Long> wanted = new LinkedHashSet<>(ids);
        if (wanted.isEmpty()) {
            return 0;
        }
        // what the transaction changed so far is written before the dossiers and their scope are read
        entityManager.flush();
        List<Dossier> dossiers = repository.loadAllById(wanted);
        if (dossiers.size() != wanted.size() || !rows.visible(wanted, user).containsAll(wanted)) {
            throw new NotFoundException("dossiers " + wanted);
        }
        loaded.accept(dossiers);
        List<Taken> taken = new ArrayList<>();
        for (Dossier dossier : dossiers) {
            if (shownVersions != null && !Objects.equals(shownVersions.get(dossier.getId()), dossier.getVersion())) {
                throw new ConflictException("error.stale");
            }
            action.accept(dossier.handledUnder(clock));
            requireOnlyWrittenChanged(dossier);
            dossier.takeStepsToPublish().forEach(step -> taken.add(new Taken(dossier, step)));
        }
        snapshots.takeAllIfHandOver(taken);
        // the changes are written below, not by Hibernate, which would write each dossier and event on its own
        dossiers.forEach(entityManager::detach);
        write(dossiers, taken);
        taken.forEach(t -> events.publishEvent(DossierStepTaken.of(t.dossier(), t.step())));
        return dossiers.size();
    }

    private void write(List<Dossier> dossiers, List<Taken> taken) {
        List<Map<String, Object>> changed = new ArrayList<>();
        for (Dossier d : dossiers) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", d.getId());
            row.put("version", d.getVersion());
            row.put("status", d.getStatus().name());
            row.put("status_changed_at", d.getStatusChangedAt().toString());
            row.put("draft_submission_id", d.getDraftSubmissionId());
            row.put("submission_id", d.getSubmissionId());
            row.put("submission_number", d.getSubmissionNumber());
            changed.add(row);
        }
        // the history first, as a step of one dossier writes it: the chain's lock is then always taken before the
        // dossiers' rows, and a step of one dossier at the same moment waits instead of deadlocking with this one
        history.append(taken.stream().map(Taken::step).toList());
        int updated = jdbc.sql(UPDATE).param("rows", JSON.writeValueAsString(changed)).update();
        if (updated != dossiers.size()) {
            // one of them was changed by someone else since it was read: the whole step is rolled back
            throw new ConflictException("error.stale");
        }
    }

    /** Refuses a step that changed more of the dossier than a step of many writes (a mistake in the code, not a 409). */
    private void requireOnlyWrittenChanged(Dossier dossier) {
        SessionImplementor session = entityManager.unwrap(SessionImplementor.class);
        EntityEntry entry = session.getPersistenceContextInternal().getEntry(dossier);
        EntityPersister persister = entry.getPersister();
        int[] dirty = persister.findDirty(persister.getValues(dossier), entry.getLoadedState(), dossier, session);
        if (dirty != null) {
            String[] names = persister.getPropertyNames();
            List<String> others = Arrays.stream(dirty).mapToObj(i -> names[i]).filter(n -> !WRITTEN.contains(n)).toList();
            if (!others.isEmpty()) {
                throw new IllegalStateException("a step of many dossiers changed " + others + ", which it does not write");
            }
        }
    }
}
