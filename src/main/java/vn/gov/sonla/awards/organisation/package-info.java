/** Organisation: the units of the province that file, compile, appraise and decide. */
package vn.gov.sonla.awards.organisation;
