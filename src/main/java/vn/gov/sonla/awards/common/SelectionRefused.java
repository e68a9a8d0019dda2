package vn.gov.sonla.awards.common;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A step on many ticked dossiers at once was refused, none of them taken: the dossiers that could not be, each named
 * with why ({@link ActionErrors#refusedSelection} lists them on the page).
 */
public class SelectionRefused extends ConflictException {

    /** One dossier that could not be taken: its nominee and the reason, a message to resolve in the reader's language. */
    public record Line(String nomineeName, MessageSourceResolvable reason) {
    }

    private final transient List<Line> lines;

    /** {@code messageKey}: the page's message, whose argument is how many were refused. */
    public SelectionRefused(String messageKey, List<Line> lines) {
        super(messageKey, lines.size());
        this.lines = List.copyOf(lines);
    }

    public List<Line> lines() {
        return lines;
    }

    public static Line line(String nomineeName, String messageKey, Object... arguments) {
        return new Line(nomineeName, new DefaultMessageSourceResolvable(new String[] {messageKey}, arguments, messageKey));
    }
}
