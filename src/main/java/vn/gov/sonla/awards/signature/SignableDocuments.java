package vn.gov.sonla.awards.signature;

import java.util.List;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.dossier.DossierView;

/**
 * What a module that owns numbered documents tells this one: a document of its kind as the person may see it, and
 * whether the person may upload its signed original. One bean per {@link DocumentKind}.
 */
public interface SignableDocuments {

    DocumentKind kind();

    /** The document, if the person may see it; {@code NotFoundException} otherwise (or when there is none). */
    SignedDocument find(long id, Actor user);

    /** Whether the person's office is the one that signs and uploads this document. */
    boolean mayUpload(SignedDocument document, Actor user);

    /** The ids of this kind's documents that concern the dossier (whose uploads belong in its history). */
    default List<Long> documentsOf(DossierView dossier) {
        return List.of();
    }
}
