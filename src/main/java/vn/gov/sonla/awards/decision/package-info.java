/** The chairman's decisions: approvals, declines and the numbered decisions that grant provincial awards. */
package vn.gov.sonla.awards.decision;
