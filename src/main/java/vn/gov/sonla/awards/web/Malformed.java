package vn.gov.sonla.awards.web;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;

import vn.gov.sonla.awards.common.PlainText;

/** The one WARN line written for a request refused as malformed: what, where, from whom, why, without its data. */
final class Malformed {

    private static final int MAX_REASON = 200;

    private Malformed() {
    }

    static void warn(Logger log, HttpServletRequest request, int status, Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        // the reason may quote what was sent: no line breaks or other controls from it reach the log
        String reason = PlainText.withoutControls(String.valueOf(root.getMessage()));
        if (reason.length() > MAX_REASON) {
            reason = reason.substring(0, MAX_REASON) + "…";
        }
        log.warn("Refused a malformed request ({}): {} {} from {}: {}: {}", status, request.getMethod(),
                PlainText.withoutControls(request.getRequestURI()), request.getRemoteAddr(),
                root.getClass().getSimpleName(), reason);
    }
}
