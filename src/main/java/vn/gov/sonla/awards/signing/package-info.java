/**
 * What waits for a leader's signature (Chờ ký): the department's Tờ trình, Home Affairs' appraisal report, the
 * chairman's decision and letter, a unit's dossier; each signed or returned to the specialist who prepared it.
 * The documents and their rules stay in their own modules; this module only lists and routes.
 */
package vn.gov.sonla.awards.signing;
