/** Numbering of official documents: submissions (tờ trình) and decisions (quyết định). */
package vn.gov.sonla.awards.numbering;
