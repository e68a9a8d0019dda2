/** Where the data live: an embedded PostgreSQL when no external server is configured. */
package vn.gov.sonla.awards.database;
