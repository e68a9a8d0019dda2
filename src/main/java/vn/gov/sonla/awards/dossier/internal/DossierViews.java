package vn.gov.sonla.awards.dossier.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.stereotype.Component;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.dossier.DossierAction;

/**
 * Who outside a dossier's unit saw its personal data: its page, one of its files, or a document listing it (a
 * submission's PDF or XLSX). Each is a VIEW event in the history, in the caller's transaction; a person who saw
 * the dossier less than {@link #WINDOW} ago leaves no new one, so reading a dossier and its files is one row, not
 * one per click. The event is appended on its own ({@link HistoryRows}), not through the aggregate, so a view never
 * changes the dossier's version.
 */
@Component
public class DossierViews {

    /** Views of one dossier by one person this close together are one. */
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final EntityManager entityManager;
    private final HistoryRows history;
    private final AsyncTaskExecutor documents;

    DossierViews(EntityManager entityManager, HistoryRows history,
                 @Qualifier("applicationTaskExecutor") AsyncTaskExecutor documents) {
        this.entityManager = entityManager;
        this.history = history;
        this.documents = documents;
    }

    /**
     * Makes a document that lists the dossiers while their views are recorded: the document on another thread (laying
     * out a list of thousands keeps a core busy for a second) as this one writes the views in the caller's
     * transaction (mostly waiting for the database). The document reads only what is already loaded — the dossiers'
     * views with their unit, campaign and award forms — never the persistence context. Either failing fails the
     * whole: the caller's transaction is rolled back, so no view stays recorded for a document nobody received.
     */
    public <T> T recordWhile(List<Dossier> dossiers, Actor user, Instant now, Supplier<T> document) {
        CompletableFuture<T> made = CompletableFuture.supplyAsync(document, documents);
        try {
            record(dossiers, user, now);
        } catch (RuntimeException | Error e) {
            made.cancel(true);
            throw e;
        }
        try {
            return made.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    public void record(Dossier dossier, Actor user, Instant now) {
        record(List.of(dossier), user, now);
    }

    public void record(List<Dossier> dossiers, Actor user, Instant now) {
        List<Dossier> outside = dossiers.stream().filter(d -> d.getUnit().getId() != user.unitId()).toList();
        if (outside.isEmpty()) {
            return;
        }
        // the action as a literal, not a parameter: the index of views (V102) is partial, for VIEW alone
        Set<Long> seenLately = new HashSet<>(entityManager.createQuery("""
                        select distinct e.dossier.id from DossierEvent e
                        where e.dossier.id in :ids and e.actorUsername = :username and e.occurredAt > :since
                          and e.action = vn.gov.sonla.awards.dossier.DossierAction.VIEW""", Long.class)
                .setParameter("ids", outside.stream().map(Dossier::getId).toList())
                .setParameter("username", user.username())
                .setParameter("since", now.minus(WINDOW))
                .getResultList());
        // one statement for all: a submission's PDF lists thousands
        history.append(outside.stream().filter(d -> !seenLately.contains(d.getId()))
                .map(d -> new DossierEvent(d, now, user, DossierAction.VIEW, d.getStatus(), d.getStatus(), null))
                .toList());
    }
}
