/** The movement's results: scoped figures, timeliness and overdue dossiers, charts and exports. */
package vn.gov.sonla.awards.report;
