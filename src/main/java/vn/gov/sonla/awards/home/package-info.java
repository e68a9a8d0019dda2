/** The home page of each role. */
package vn.gov.sonla.awards.home;
