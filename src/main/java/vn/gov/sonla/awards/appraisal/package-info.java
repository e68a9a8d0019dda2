/** Appraisal (thẩm định) by the Department of Home Affairs. */
package vn.gov.sonla.awards.appraisal;
