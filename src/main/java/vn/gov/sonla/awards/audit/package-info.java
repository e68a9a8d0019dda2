/**
 * The audit trail an inspector can trust: the hash chain over every dossier event (checked by the
 * administrator's page and by the {@code --verify-audit} command) and the search of all events.
 * The chain itself is built and guarded by PostgreSQL (migration V20); this module checks it independently.
 */
package vn.gov.sonla.awards.audit;
