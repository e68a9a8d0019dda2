package vn.gov.sonla.awards.dossier;

import java.util.List;
import java.util.Locale;

/**
 * What another module records about a dossier's documents and keeps itself — the uploads of a signed original of
 * its Tờ trình, Home Affairs' report or its decision — shown in the dossier's history beside its steps, without the
 * dossier module depending on the modules that keep them.
 */
public interface DossierHistoryEntries {

    /** The entries about the dossier, in the words of {@code locale}; none when there are none. */
    List<DossierHistoryEntry> of(DossierView dossier, Locale locale);
}
