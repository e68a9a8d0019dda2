/**
 * What every module shares: the refusals that the web edge turns into 404, 403 and 409, and the settings the
 * application refuses to start with.
 */
package vn.gov.sonla.awards.common;
