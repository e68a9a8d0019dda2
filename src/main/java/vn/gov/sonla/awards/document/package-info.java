/**
 * Official documents as files: PDF rendered from Thymeleaf templates with an embedded Vietnamese font, QR codes,
 * and downloads with safe file names. Knows nothing of dossiers; the modules that own the data fill the templates.
 */
package vn.gov.sonla.awards.document;
