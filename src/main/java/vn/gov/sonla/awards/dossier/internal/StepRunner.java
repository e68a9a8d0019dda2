package vn.gov.sonla.awards.dossier.internal;

import java.time.Clock;
import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.NotFoundException;
import vn.gov.sonla.awards.dossier.DossierStepTaken;

import static vn.gov.sonla.awards.dossier.internal.DossierScope.hasId;
import static vn.gov.sonla.awards.dossier.internal.DossierScope.visibleTo;

/**
 * How every step on a dossier runs, whoever takes it: the dossier is loaded within the asker's scope (404
 * outside it), a step taken on a page that someone else changed meanwhile is refused (409), and after the step,
 * still in its transaction, the dossier is frozen at a hand-over and the listeners are told — all committed or
 * rolled back with the step itself.
 */
@Component
public class StepRunner {

    private final DossierRepository repository;
    private final DossierSnapshots snapshots;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StepRunner(DossierRepository repository, DossierSnapshots snapshots, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.snapshots = snapshots;
        this.events = events;
        this.clock = clock;
    }

    /** The dossier if the asker may see it, handled under the province's clock; otherwise 404. */
    public Dossier find(long id, Actor user) {
        Specification<Dossier> spec = visibleTo(user).and(hasId(id));
        return repository.findOne(spec).map(d -> d.handledUnder(clock))
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

    /** A step that does not depend on what a page showed (a claim, a step of a whole submission). */
    public Dossier step(long id, Actor user, Consumer<Dossier> action) {
        Dossier dossier = find(id, user);
        action.accept(dossier);
        published(dossier);
        return dossier;
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
