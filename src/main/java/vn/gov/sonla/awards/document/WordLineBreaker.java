package vn.gov.sonla.awards.document;

import java.text.BreakIterator;
import java.util.Locale;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;

/**
 * Where a line of an official document may end: between words only, as a typist would. openhtmltopdf's own breaker
 * also ends lines after a slash or a hyphen, which split a date ("06/12" above "/2026"), a number and symbol
 * ("3/TTr-" above "SNV") or "Covid-" above "19". A web address, or a word too long for any column, still breaks
 * where openhtmltopdf would break it.
 */
final class WordLineBreaker implements FSTextBreaker {

    /** A word at least this long may break inside, or it could not fit a narrow column at all. */
    static final int LONG_WORD = 32;

    private final FSTextBreaker delegate;
    private String text = "";

    WordLineBreaker(Locale locale) {
        this.delegate = new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(locale));
    }

    @Override
    public void setText(String newText) {
        this.text = newText;
        delegate.setText(newText);
    }

    @Override
    public int next() {
        int at = delegate.next();
        while (at != BreakIterator.DONE && !allowed(at)) {
            at = delegate.next();
        }
        return at;
    }

    private boolean allowed(int at) {
        if (at <= 0 || at >= text.length() || Character.isWhitespace(text.charAt(at - 1))) {
            return true;
        }
        int start = at;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int end = at;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        String word = text.substring(start, end);
        return word.length() >= LONG_WORD || word.contains("://");
    }
}
