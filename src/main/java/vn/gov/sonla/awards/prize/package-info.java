/**
 * Prize money (tiền thưởng) of provincial and grassroots awards: the coefficients per award form and nominee type,
 * the base salary by effective date, and the amounts frozen on each decision when it is issued.
 */
package vn.gov.sonla.awards.prize;
