package vn.gov.sonla.awards.decision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Accounts;
import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.FourEyesPolicy;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.account.Signatory;
import vn.gov.sonla.awards.common.AlreadyDoneException;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.ForbiddenException;
import vn.gov.sonla.awards.common.NotFoundException;
import vn.gov.sonla.awards.decision.internal.AwardDecision;
import vn.gov.sonla.awards.decision.internal.AwardDecisionRepository;
import vn.gov.sonla.awards.numbering.DocumentNumbers;
import vn.gov.sonla.awards.review.ChairmanSignOff;

import static vn.gov.sonla.awards.common.UserFacing.label;

/**
 * Decisions correcting issued ones (đính chính): the chairman's office prepares a correction (its date, what it
 * corrects, the leader asked to sign it) and presents it; the chairman or a vice-chairman signs it in the signing list
 * — the correction then takes the next "N/QĐ-UBND" of its year and the signer's block from the account — or returns
 * it with a note. The corrected decision stays as it was, and so do the awards it granted.
 */
@Service
public class Corrections {

    private final JdbcClient jdbc;
    private final Decisions decisions;
    private final AwardDecisionRepository repository;
    private final DocumentNumbers numbers;
    private final ChairmanSignOff signOff;
    private final Accounts accounts;
    private final Clock clock;

    Corrections(JdbcClient jdbc, Decisions decisions, AwardDecisionRepository repository, DocumentNumbers numbers,
                ChairmanSignOff signOff, Accounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.decisions = decisions;
        this.repository = repository;
        this.numbers = numbers;
        this.signOff = signOff;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A correction prepared and waiting for (or past) its signature. */
    public record Request(long id, long correctsDecisionId, String correctedNumber, LocalDate issuedOn, String reason,
                          long signerAccountId, long preparedByAccountId, String presentedBy, Instant presentedAt,
                          String status, String returnNote, String returnedBy, Long decisionId) {

        public boolean awaiting() {
            return "AWAITING_SIGNATURE".equals(status);
        }
    }

    /**
     * The office presents a correction of the decision to the leader it names; its date must be within
     * {@link Decisions#correctionDates}. The same form ({@code requestKey}) sent again, or several times at once, is
     * one request. Nothing is numbered before the signature.
     */
    @Transactional
    public Request present(long decisionId, LocalDate issuedOn, long signerAccountId, String reason, UUID requestKey,
                           Actor office) {
        if (!office.is(Role.CHAIRMAN_OFFICE)) {
            throw new ForbiddenException("error.forbidden.action", label("decision.correction.action"));
        }
        DecisionView corrected = decisions.get(decisionId, office);
        if (corrected.isCorrection()) {
            throw new ConflictException("error.correction.ofCorrection");
        }
        if (reason == null || reason.isBlank()) {
            throw new ConflictException("error.reason.required");
        }
        if (issuedOn.isBefore(corrected.issuedOn())) {
            throw new ConflictException("error.correction.beforeCorrected");
        }
        decisions.correctionDates(corrected, office).require(issuedOn);
        if (signOff.leaders(office).stream().noneMatch(l -> l.accountId() == signerAccountId)) {
            throw new ConflictException("error.decision.signerNotLeader");
        }
        FourEyesPolicy.check(office.id(), signerAccountId);
        UUID key = requestKey == null ? UUID.randomUUID() : requestKey;
        jdbc.sql("""
                insert into correction_request (corrects_decision_id, issued_on, reason, signer_account_id, request_key,
                                                prepared_by_account_id, presented_by, presented_at, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'AWAITING_SIGNATURE')
                on conflict (request_key) do nothing""")
                .params(decisionId, issuedOn, reason.strip(), signerAccountId, key, office.id(), office.fullName(),
                        Timestamp.from(clock.instant()))
                .update();
        return rows("where r.request_key = ?", key).stream().findFirst().orElseThrow();
    }

    /** The corrections of a decision prepared but not signed (waiting, or returned with a note), newest first. */
    @Transactional(readOnly = true)
    public List<Request> unsignedOf(long decisionId) {
        return rows("where r.corrects_decision_id = ? and r.status <> 'SIGNED' order by r.id desc", decisionId);
    }

    /** What waits for the signature of the chairman's office's leaders, oldest first. */
    @Transactional(readOnly = true)
    public List<Request> awaiting(Actor leader) {
        return leader.is(Role.CHAIRMAN_OFFICE) ? rows("where r.status = 'AWAITING_SIGNATURE' order by r.id") : List.of();
    }

    /** A request, for whoever may see the decision it corrects; else 404. */
    @Transactional(readOnly = true)
    public Request get(long requestId, Actor user) {
        Request request = rows("where r.id = ?", requestId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("correction request " + requestId));
        decisions.get(request.correctsDecisionId(), user);
        return request;
    }

    /**
     * The chairman or a vice-chairman signs the correction: the next number of its year is taken in this transaction
     * and the signer and block come from the account. Refused to whoever prepared it (four eyes) and to a specialist;
     * two leaders signing at once: one correction, the second is told its number.
     */
    @Transactional
    public DecisionView sign(long requestId, Actor leader) {
        Signatory signatory = accounts.signatory(leader, Role.CHAIRMAN_OFFICE);
        Request request = locked(requestId, leader);
        if ("SIGNED".equals(request.status())) {
            throw new AlreadyDoneException("notice.decision.alreadyIssued",
                    decisions.get(request.decisionId(), leader).number());
        }
        if (!request.awaiting()) {
            throw new ConflictException("error.signing.notPresented");
        }
        FourEyesPolicy.check(request.preparedByAccountId(), signatory.accountId());
        AwardDecision corrected = repository.findById(request.correctsDecisionId()).orElseThrow();
        int seq = numbers.next(Decisions.SERIES, request.issuedOn().getYear());
        AwardDecision correction = repository.save(AwardDecision.correcting(corrected, request.issuedOn().getYear(), seq,
                DocumentNumbers.format(seq, Decisions.SERIES), request.issuedOn(), signatory, request.reason(), null,
                leader.username(), clock.instant()));
        jdbc.sql("update correction_request set status = 'SIGNED', decision_id = ? where id = ?")
                .params(correction.getId(), requestId).update();
        return correction.view();
    }

    /** The leader returns the correction to the office with a note; the office prepares another if it still must. */
    @Transactional
    public void returnToSpecialist(long requestId, String note, Actor leader) {
        Signatory signatory = accounts.signatory(leader, Role.CHAIRMAN_OFFICE);
        Request request = locked(requestId, leader);
        if (!request.awaiting()) {
            throw new ConflictException("error.signing.notPresented");
        }
        FourEyesPolicy.check(request.preparedByAccountId(), signatory.accountId());
        jdbc.sql("""
                update correction_request set status = 'RETURNED', return_note = ?, returned_by = ?, returned_at = ?
                 where id = ?""")
                .params(note, signatory.fullName(), Timestamp.from(clock.instant()), requestId).update();
    }

    private Request locked(long requestId, Actor user) {
        get(requestId, user);
        jdbc.sql("select id from correction_request where id = ? for update").param(requestId).query(Long.class).single();
        return get(requestId, user);
    }

    private List<Request> rows(String where, Object... params) {
        return jdbc.sql("""
                select r.*, d.number as corrected_number
                  from correction_request r join award_decision d on d.id = r.corrects_decision_id
                """ + where)
                .params(params)
                .query((rs, n) -> new Request(rs.getLong("id"), rs.getLong("corrects_decision_id"),
                        rs.getString("corrected_number"), rs.getDate("issued_on").toLocalDate(), rs.getString("reason"),
                        rs.getLong("signer_account_id"), rs.getLong("prepared_by_account_id"), rs.getString("presented_by"),
                        rs.getTimestamp("presented_at").toInstant(), rs.getString("status"), rs.getString("return_note"),
                        rs.getString("returned_by"), (Long) rs.getObject("decision_id")))
                .list();
    }
}
