package vn.gov.sonla.awards.dossier;

/**
 * The dossiers before and after one in the list the person works through — a submission, a draft, the queue
 * waiting for review — in that list's order and within what the person may see; null at an end or outside a list.
 *
 * @param list   which list: {@code submission}, {@code draft} or {@code queue}
 * @param listId the submission or draft, for the link back to it; null for the queue
 */
public record Neighbours(String list, Long listId, Neighbour previous, Neighbour next) {

    /** One neighbouring dossier: its id and nominee, for the link. */
    public record Neighbour(long id, String nomineeName) {
    }

    public static final Neighbours NONE = new Neighbours(null, null, null, null);

    public boolean any() {
        return previous != null || next != null;
    }
}
