/**
 * Signed originals: the PDF of a numbered document (a department's Tờ trình, Home Affairs' report, a decision or its
 * correction) as the office signed it with its digital signature (PAdES),
 * verified against the trust anchors the administrator installed, and kept with its verdict. The modules that own the
 * documents say what a document is and who may see it ({@link SignableDocuments}); this module knows nothing else
 * of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Signed originals")
package vn.gov.sonla.awards.signature;
