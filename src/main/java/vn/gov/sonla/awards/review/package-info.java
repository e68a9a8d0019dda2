/** Review by the compiling departments and their numbered submissions to Home Affairs. */
package vn.gov.sonla.awards.review;
