/**
 * Administration ({@code /admin}, administrators only): units, accounts and campaigns, each change recorded with
 * who and when. An administrator keeps the system; they approve nothing.
 */
package vn.gov.sonla.awards.admin;
