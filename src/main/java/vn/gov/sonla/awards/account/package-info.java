/** Accounts: people, their roles and units, sign-in and the security of every request. */
package vn.gov.sonla.awards.account;
