/**
 * The working calendar: which days are working days (Monday to Friday, less the public holidays and days off the
 * Government announces, plus its make-up working days), read by every count of working days (deadlines, overdue
 * notices, the queues' days waited, the reports' stage durations).
 */
package vn.gov.sonla.awards.calendar;
