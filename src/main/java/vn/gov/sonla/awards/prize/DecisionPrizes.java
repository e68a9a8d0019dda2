package vn.gov.sonla.awards.prize;

import java.util.Map;
import java.util.Optional;

/** The prize money a decision grants: each award's amount, frozen at issue, and their total in figures and words. */
public record DecisionPrizes(Map<Long, FrozenPrize> byDossier, long total) {

    public Optional<FrozenPrize> of(long dossierId) {
        return Optional.ofNullable(byDossier.get(dossierId));
    }

    /** The amount of a dossier's award, or null when it carries none. */
    public Long amountOf(long dossierId) {
        FrozenPrize prize = byDossier.get(dossierId);
        return prize == null ? null : prize.amount();
    }

    public boolean isEmpty() {
        return byDossier.isEmpty();
    }

    /** "Hai triệu ba trăm bốn mươi nghìn đồng". */
    public String totalInWords() {
        return VietnameseNumberWords.dong(total);
    }
}
