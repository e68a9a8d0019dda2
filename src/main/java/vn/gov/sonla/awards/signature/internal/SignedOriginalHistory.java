package vn.gov.sonla.awards.signature.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.common.ProvinceTime;
import vn.gov.sonla.awards.dossier.DossierHistoryEntries;
import vn.gov.sonla.awards.dossier.DossierHistoryEntry;
import vn.gov.sonla.awards.dossier.DossierView;
import vn.gov.sonla.awards.signature.SignableDocuments;
import vn.gov.sonla.awards.signature.SignedOriginal;

/**
 * In a dossier's history, every upload of a signed original of the documents that concern it (its Tờ trình, Home
 * Affairs' report, its decision and the decision's corrections), accepted or refused: who, when, the verdict and the
 * file's SHA-256.
 */
@Component
class SignedOriginalHistory implements DossierHistoryEntries {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final List<SignableDocuments> documents;
    private final SignedOriginalStore store;
    private final MessageSource messages;

    SignedOriginalHistory(List<SignableDocuments> documents, SignedOriginalStore store, MessageSource messages) {
        this.documents = documents;
        this.store = store;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DossierHistoryEntry> of(DossierView dossier, Locale locale) {
        List<DossierHistoryEntry> entries = new ArrayList<>();
        for (SignableDocuments kind : documents) {
            for (long id : kind.documentsOf(dossier)) {
                for (SignedOriginal upload : store.history(kind.kind(), id)) {
                    entries.add(entry(upload, locale));
                }
            }
        }
        return entries;
    }

    private DossierHistoryEntry entry(SignedOriginal upload, Locale locale) {
        String document = messages.getMessage(upload.kind().labelKey(), null, locale);
        String what = messages.getMessage("signature.dossierHistory.upload", new Object[]{document}, locale);
        String note = upload.accepted()
                ? messages.getMessage("signature.dossierHistory.accepted", new Object[]{upload.signerName(),
                        TIME.format(upload.signedAt().atZone(ProvinceTime.ZONE)), upload.fileName(), upload.sha256()}, locale)
                : messages.getMessage("signature.dossierHistory.refused", new Object[]{
                        messages.getMessage(upload.refusal().labelKey(), null, locale), upload.fileName(), upload.sha256()}, locale);
        return new DossierHistoryEntry(upload.uploadedAt(), upload.uploadedByName(), "", what, note);
    }
}
