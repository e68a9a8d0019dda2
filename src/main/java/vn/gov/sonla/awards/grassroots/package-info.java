/** Grassroots certificates of commendation (Giấy khen): recorded by units, not routed. */
package vn.gov.sonla.awards.grassroots;
