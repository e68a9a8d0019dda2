/**
 * What the public sees without signing in: the honour roll of published decisions and the verification of a
 * certificate by its code. A read model over the stored decisions that selects only the public columns — name,
 * unit, award form, program, decision number and date — so nothing else about a person can leak from here.
 */
package vn.gov.sonla.awards.publication;
