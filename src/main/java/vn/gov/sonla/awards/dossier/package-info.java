/** Dossiers: what a unit proposes, the stage it is at, and the history of its path. */
package vn.gov.sonla.awards.dossier;
