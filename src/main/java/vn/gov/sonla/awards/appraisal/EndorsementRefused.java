package vn.gov.sonla.awards.appraisal;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.gov.sonla.awards.common.ConflictException;

/**
 * Endorsing many dossiers at once was refused, nothing endorsed: the dossiers that could not be, each named with why.
 */
public class EndorsementRefused extends ConflictException {

    /** One dossier that could not be endorsed: its nominee and the reason, a message to resolve in the reader's language. */
    public record Line(String nomineeName, MessageSourceResolvable reason) {
    }

    private final transient List<Line> lines;

    EndorsementRefused(List<Line> lines) {
        super("error.endorseSelected.refused", lines.size());
        this.lines = List.copyOf(lines);
    }

    public List<Line> lines() {
        return lines;
    }

    static Line line(String nomineeName, String messageKey, Object... arguments) {
        return new Line(nomineeName, new DefaultMessageSourceResolvable(new String[] {messageKey}, arguments, messageKey));
    }
}
