/** Campaigns of the plans, award forms and their criteria: the reference data a dossier is filed under. */
package vn.gov.sonla.awards.campaign;
