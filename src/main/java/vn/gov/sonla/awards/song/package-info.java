/**
 * The program "Sóng và máy tính cho em" in the open: the ledger of what was given (money, devices, coverage of
 * villages) and of the devices handed to schools, its public page, and the contributions a reviewer weighs on a
 * dossier of the program.
 */
package vn.gov.sonla.awards.song;
