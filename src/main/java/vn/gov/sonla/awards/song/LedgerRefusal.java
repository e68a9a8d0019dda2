package vn.gov.sonla.awards.song;

import java.util.List;

/** An entry refused for its values, with a problem per field; nothing of it was saved. */
public class LedgerRefusal extends RuntimeException {

    private final List<Problem> problems;

    public LedgerRefusal(List<Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
