/** Demo accounts and dossiers for trying the system on the embedded database. */
package vn.gov.sonla.awards.demo;
