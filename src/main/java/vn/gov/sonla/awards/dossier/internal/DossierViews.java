package vn.gov.sonla.awards.dossier.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
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

    private final JdbcClient jdbc;
    private final HistoryRows history;
    private final AsyncTaskExecutor documents;

    DossierViews(JdbcClient jdbc, HistoryRows history,
                 @Qualifier("applicationTaskExecutor") AsyncTaskExecutor documents) {
        this.jdbc = jdbc;
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
        // the action as a literal, not a parameter: the index of views (V102) is partial, for VIEW alone. In SQL, not
        // JPQL: a query of Hibernate's would first check every dossier loaded for changes to flush, and bind thousands
        // of ids one by one
        Set<Long> seenLately = new HashSet<>(jdbc.sql("""
                        select distinct e.dossier_id from dossier_event e
                         where e.dossier_id = any(:ids) and e.actor_username = :username and e.occurred_at > :since
                           and e.action = 'VIEW'""")
                .param("ids", new SqlArrayValue("bigint", outside.stream().map(Dossier::getId).toArray()))
                .param("username", user.username())
                .param("since", Timestamp.from(now.minus(WINDOW)))
                .query(Long.class).list());
        // one statement for all: a submission's PDF lists thousands
        history.append(outside.stream().filter(d -> !seenLately.contains(d.getId()))
                .map(d -> new DossierEvent(d, now, user, DossierAction.VIEW, d.getStatus(), d.getStatus(), null))
                .toList());
    }
}
