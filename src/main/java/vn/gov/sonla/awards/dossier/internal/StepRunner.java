package vn.gov.sonla.awards.dossier.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.NotFoundException;
import vn.gov.sonla.awards.dossier.DossierStepTaken;

/**
 * How every step on a dossier runs, whoever takes it: the dossier is loaded within the asker's scope (404
 * outside it), a step taken on a page that someone else changed meanwhile is refused (409), and after the step,
 * still in its transaction, the dossier is frozen at a hand-over and the listeners are told — all committed or
 * rolled back with the step itself.
 */
@Component
public class StepRunner {

    private final DossierRepository repository;
    private final DossierRows rows;
    private final DossierSnapshots snapshots;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ManySteps many;

    StepRunner(DossierRepository repository, DossierRows rows, DossierSnapshots snapshots, ApplicationEventPublisher events,
               Clock clock, ManySteps many) {
        this.many = many;
        this.repository = repository;
        this.rows = rows;
        this.snapshots = snapshots;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The dossier if the asker may see it, handled under the province's clock; otherwise 404. The dossier is loaded by
     * its id, then the scope is asked in SQL (a criteria query built for each call cost a fifth of a busy server's time
     * in translating it). In that order: loading it writes what the transaction changed of dossiers so far, which the
     * scope then reads.
     */
    public Dossier find(long id, Actor user) {
        return repository.loadById(id).filter(d -> rows.visible(id, user)).map(d -> d.handledUnder(clock))
                .orElseThrow(() -> new NotFoundException("dossier " + id));
    }

    public Clock clock() {
        return clock;
    }

    /** A step on the dossier as the page showed it ({@code expectedVersion}). */
    public Dossier step(long id, long expectedVersion, Actor user, Consumer<Dossier> action) {
        Dossier dossier = find(id, user);
        if (dossier.getVersion() != expectedVersion) {
            throw new ConflictException("error.stale");
        }
        action.accept(dossier);
        published(dossier);
        return dossier;
    }

    /** A step that does not depend on what a page showed (a claim). */
    public Dossier step(long id, Actor user, Consumer<Dossier> action) {
        Dossier dossier = find(id, user);
        action.accept(dossier);
        published(dossier);
        return dossier;
    }

    /**
     * One step taken by many dossiers at once (a whole submission sent, endorsed, forwarded, granted, proposed), each
     * by its own step method, stored with one statement per table: see {@link ManySteps}. {@code shownVersions} holds
     * the version of each dossier the page showed, or is null when the step does not depend on what a page showed.
     *
     * @return how many dossiers took the step
     */
    public int stepAll(Collection<Long> ids, Map<Long, Long> shownVersions, Actor user, Consumer<Dossier> action) {
        return many.take(ids, shownVersions, user, clock, action);
    }

    /** {@link #stepAll}, handing the dossiers as loaded to {@code loaded} before any takes the step. */
    public int stepAll(Collection<Long> ids, Actor user, Consumer<Dossier> action, Consumer<List<Dossier>> loaded) {
        return many.take(ids, null, user, clock, action, loaded);
    }

    public Dossier save(Dossier dossier) {
        return published(repository.save(dossier));
    }

    /** Freezes the dossier at each hand-over just taken and publishes each step to the listeners. */
    public Dossier published(Dossier dossier) {
        for (DossierEvent step : dossier.takeStepsToPublish()) {
            snapshots.takeIfHandOver(dossier, step);
            events.publishEvent(DossierStepTaken.of(dossier, step));
        }
        return dossier;
    }
}
