/**
 * Deadlines of plan 215: how many working days a dossier may wait at a stage of a campaign before it is overdue.
 * The reports' overdue figures and the daily overdue notices both ask here.
 */
package vn.gov.sonla.awards.deadline;
