/**
 * Notices: each person's inbox of what concerns them (a dossier returned to their unit, work arrived in
 * their queue, a decision on their unit's nominee) and, if they wish and mail is configured, the same by
 * e-mail through an outbox written in the step's own transaction.
 */
package vn.gov.sonla.awards.notification;
