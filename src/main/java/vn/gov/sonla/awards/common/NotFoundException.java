package vn.gov.sonla.awards.common;

/**
 * Nothing the asker may see exists under that id. Also used when something exists but lies outside the
 * asker's scope, so that ids of other units' dossiers reveal nothing. Rendered as 404.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
