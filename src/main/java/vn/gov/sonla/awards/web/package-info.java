/** The web edge shared by every page: language, layout support and error pages. */
package vn.gov.sonla.awards.web;
