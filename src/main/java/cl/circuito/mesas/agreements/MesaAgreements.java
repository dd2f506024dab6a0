package cl.circuito.mesas.agreements;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.mesas.MesaAccess;
import cl.circuito.mesas.mesa.MesaMember;
import cl.circuito.mesas.mesa.MesaMembers;
import cl.circuito.mesas.mesa.MesaRuleViolation;
import cl.circuito.mesas.sessions.MesaSession;
import cl.circuito.mesas.sessions.MesaSessions;
import cl.circuito.mesas.MesaStanding;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.Versions;
import cl.circuito.shared.security.AccessScope;
import cl.circuito.shared.security.Actor;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.ArrayList;

import static cl.circuito.audit.AuditField.DUE_ON;
import static cl.circuito.audit.AuditField.NOTES;
import static cl.circuito.audit.AuditField.RESPONSIBLE_MEMBER_ID;
import static cl.circuito.audit.AuditField.RESPONSIBLE_PERSON;
import static cl.circuito.audit.AuditField.SESSION;
import static cl.circuito.audit.AuditField.STATUS;
import static cl.circuito.audit.AuditField.TEXT;

/**
 * The agreements of a Mesa: agreed at a session (co-facilitators), amended while open (co-facilitators), their
 * progress reported or closed with a note (co-facilitators, and a member for what its institution answers for),
 * reviewed at later sessions until closed. Lists: the Mesa's, and a member's across Mesas.
 */
@Service
public class MesaAgreements {

    static final String SUBJECT = "MESA_AGREEMENT";

    private final MesaAccess access;
    private final Agreements agreements;
    private final MesaSessions sessions;
    private final MesaMembers members;
    private final AgreementQueries queries;
    private final ReviewedChildNames children;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    MesaAgreements(MesaAccess access, Agreements agreements, MesaSessions sessions, MesaMembers members,
                   AgreementQueries queries, ReviewedChildNames children, AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.access = access;
        this.agreements = agreements;
        this.sessions = sessions;
        this.members = members;
        this.queries = queries;
        this.children = children;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An agreement with its history, and what the reader may do with it. */
    public record Details(AgreementRow agreement, List<AgreementHistoryLine> history, MesaStanding standing,
                          boolean mayUpdate, boolean mayAmend) {
    }

    /** The agreements a user's institution answers for, across Mesas; {@code updatable}: those they may update. */
    public record Mine(Page<AgreementRow> agreements, Set<UUID> updatable) {
    }

    @Transactional(readOnly = true)
    public Page<AgreementRow> list(Actor actor, UUID mesaId, AgreementFilter filter, int page) {
        MesaStanding standing = access.standing(actor, mesaId);
        standing.requireRead();
        return queries.ofMesa(mesaId, filter == null ? AgreementFilter.all() : filter, page,
                standing.seesCaseContent(), today());
    }

    /** An open agreement as a session's agenda lists it, under the item that reviews the agreements. */
    public record OpenAgreement(UUID id, String text, String memberName, String responsiblePerson, LocalDate dueOn,
                                AgreementStatus status, boolean overdue) {
    }

    /** The Mesa's open agreements, oldest due first, as a session's page shows them. */
    @Transactional(readOnly = true)
    public List<OpenAgreement> open(Actor actor, UUID mesaId) {
        access.standing(actor, mesaId).requireRead();
        LocalDate today = today();
        Map<UUID, String> names = new HashMap<>();
        members.findAllOfMesa(mesaId).forEach(m -> names.put(m.id(), m.name()));
        return agreements.findOpen(mesaId).stream()
                .map(a -> new OpenAgreement(a.id(), a.text(), names.get(a.responsibleMemberId()), a.responsiblePerson(),
                        a.dueOn(), a.status(), a.isOverdue(today)))
                .toList();
    }

    /** The members and sessions the agreements list can be narrowed by, for someone who may read the Mesa. */
    @Transactional(readOnly = true)
    public AgreementQueries.FilterChoices filterChoices(Actor actor, UUID mesaId) {
        access.standing(actor, mesaId).requireRead();
        return queries.filterChoices(mesaId);
    }

    @Transactional(readOnly = true)
    public Details details(Actor actor, UUID mesaId, UUID agreementId) {
        MesaStanding standing = access.standing(actor, mesaId);
        standing.requireRead();
        Agreement agreement = load(mesaId, agreementId);
        AgreementRow row = queries.one(agreement.id(), standing.seesCaseContent(), today());
        return new Details(row, queries.history(List.of(agreement.id())), standing,
                row.open() && standing.updatesAgreementOf(row.responsibleMemberId()),
                row.open() && standing.edits());
    }

    /** The history of several agreements at once (a page of a list), by agreement. */
    @Transactional(readOnly = true)
    public Map<UUID, List<AgreementHistoryLine>> histories(List<AgreementRow> rows) {
        Map<UUID, List<AgreementHistoryLine>> byAgreement = new LinkedHashMap<>();
        rows.forEach(r -> byAgreement.put(r.id(), new ArrayList<>()));
        queries.history(byAgreement.keySet()).forEach(line -> byAgreement.get(line.agreementId()).add(line));
        return byAgreement;
    }

    /** Agrees at {@code sessionId}, under an agenda item of that session (or none). */
    @Transactional
    public Agreement agree(Actor actor, UUID mesaId, UUID sessionId, UUID agendaItemId, Agreement.Terms terms) {
        access.standing(actor, mesaId).requireEdit();
        if (sessionId == null) {
            throw MesaRuleViolation.invalid("sessionId", "mesaminutes.error.required.session");
        }
        MesaSession session = sessions.findByIdAndMesaId(sessionId, mesaId)
                .orElseThrow(() -> new NotFound("mesaSession"));
        if (agendaItemId != null) {
            session.item(agendaItemId);
        }
        Agreement agreement = agreements.save(Agreement.agree(session, agendaItemId, null, terms,
                responsible(mesaId, terms), actor.displayName(), clock.instant()));
        Agreement.Terms agreed = terms(agreement);
        audit.changed(actor, AuditAction.CREATED, subject(agreement), "mesaminutes.audit.agreed",
                AuditDetails.of(TEXT, agreed.text()).with(RESPONSIBLE_MEMBER_ID, agreed.responsibleMemberId())
                        .with(RESPONSIBLE_PERSON, agreed.responsiblePerson()).with(DUE_ON, agreed.dueOn()));
        return agreement;
    }

    @Transactional
    public Agreement amend(Actor actor, UUID mesaId, UUID agreementId, Long version, Agreement.Terms terms) {
        access.standing(actor, mesaId).requireEdit();
        Agreement agreement = load(mesaId, agreementId);
        Versions.require(agreement.version(), version);
        requireUnnamed(agreement, "text", terms.text());
        Agreement.Terms before = terms(agreement);
        agreement.amend(terms, responsible(mesaId, terms), agreedOn(agreement), actor.displayName(), clock.instant());
        Agreement.Terms after = terms(agreement);
        agreements.flush();
        audit.changed(actor, AuditAction.CHANGED, subject(agreement), "mesaminutes.audit.amended",
                AuditDetails.none().withChangeIfDifferent(TEXT, before.text(), after.text())
                        .withChangeIfDifferent(RESPONSIBLE_MEMBER_ID, before.responsibleMemberId(),
                                after.responsibleMemberId())
                        .withChangeIfDifferent(RESPONSIBLE_PERSON, before.responsiblePerson(),
                                after.responsiblePerson())
                        .withChangeIfDifferent(DUE_ON, before.dueOn(), after.dueOn()));
        return agreement;
    }

    /**
     * Reports progress or closes the agreement (a closing status needs the note). {@code atSessionId}: the session
     * whose review of agreements this is, or null; there, keeping the status with a note records the review.
     */
    @Transactional
    public Agreement update(Actor actor, UUID mesaId, UUID agreementId, Long version, AgreementStatus status,
                            String note, LocalDate closedOn, UUID atSessionId) {
        MesaStanding standing = access.standing(actor, mesaId);
        Agreement agreement = load(mesaId, agreementId);
        standing.requireAgreementUpdate(agreement.responsibleMemberId());
        Versions.require(agreement.version(), version);
        requireUnnamed(agreement, "note", note);
        MesaSession at = atSessionId == null ? null : sessions.findByIdAndMesaId(atSessionId, mesaId)
                .orElseThrow(() -> new NotFound("mesaSession"));
        AgreementStatus before = agreement.status();
        if (at != null && status == before) {
            agreement.reviewed(at.id(), note, actor.displayName(), clock.instant());
        } else {
            LocalDate on = closedOn != null ? closedOn
                    : at != null && !at.heldOn().isAfter(today()) ? at.heldOn() : today();
            agreement.update(status, note, on, agreedOn(agreement), today(), at == null ? null : at.id(),
                    actor.displayName(), clock.instant());
        }
        agreements.flush();
        audit.changed(actor, AuditAction.CHANGED, subject(agreement),
                at != null ? "mesaminutes.audit.reviewed" : "mesaminutes.audit.statusChanged",
                AuditDetails.ofChange(STATUS, before, agreement.status())
                        .withPresent(NOTES, note == null || note.isBlank() ? null : note.strip())
                        .withPresent(SESSION, at == null ? null : at.number()));
        return agreement;
    }

    /**
     * The agreements the user's institution answers for across Mesas: those of the members the user speaks for,
     * and those of the other programs of the same institution as the user's programs that are still members of a
     * Mesa the user can open (never another region's Mesa where the institution happens to have a program).
     * Open ones first.
     */
    @Transactional(readOnly = true)
    public Mine mine(Actor actor, AgreementFilter filter, int page) {
        Set<UUID> own = access.ownMemberIds(actor);
        UUID[] programs = actor.scope() instanceof AccessScope.Programs assigned
                ? assigned.programIds().toArray(new UUID[0]) : new UUID[0];
        Set<UUID> memberIds = new HashSet<>(own);
        Set<UUID> caseContentMesas = new HashSet<>();
        jdbc.sql("""
                        select m.id, m.mesa_id, m.id = any(:own) as own from mesa_member m
                          left join program mp on mp.id = m.program_id
                         where m.id = any(:own)
                            or (mp.institution_id in (select p.institution_id from program p where p.id = any(:programs))
                                and m.left_on is null and m.mesa_id = any(:visible))""")
                .param("own", own.toArray(new UUID[0])).param("programs", programs)
                .param("visible", access.visibleMesaIds(actor).toArray(new UUID[0]))
                .query((rs, n) -> {
                    memberIds.add(rs.getObject("id", UUID.class));
                    if (rs.getBoolean("own")) {
                        caseContentMesas.add(rs.getObject("mesa_id", UUID.class));
                    }
                    return null;
                }).list();
        Page<AgreementRow> rows = queries.ofMembers(memberIds, filter == null ? AgreementFilter.all() : filter, page,
                caseContentMesas, today());
        Set<UUID> updatable = new HashSet<>();
        Map<UUID, MesaStanding> standings = new LinkedHashMap<>();
        for (AgreementRow row : rows) {
            if (!row.open()) {
                continue;
            }
            // One standing per Mesa on the page, not per row.
            MesaStanding standing = standings.computeIfAbsent(row.mesaId(), mesa -> access.find(actor, mesa).orElse(null));
            if (standing != null && standing.updatesAgreementOf(row.responsibleMemberId())) {
                updatable.add(row.id());
            }
        }
        return new Mine(rows, updatable);
    }


    /** A case's strategy keeps the child's registered names out of its text and notes, as the case does. */
    private void requireUnnamed(Agreement agreement, String field, String text) {
        if (agreement.caseReviewId() != null && text != null) {
            children.requireUnnamedInReview(agreement.caseReviewId(), Map.of(field, text));
        }
    }

    private Agreement load(UUID mesaId, UUID agreementId) {
        return agreements.findByIdAndMesaId(agreementId, mesaId).orElseThrow(() -> new NotFound("agreement"));
    }

    private MesaMember responsible(UUID mesaId, Agreement.Terms terms) {
        if (terms.responsibleMemberId() == null) {
            return null;
        }
        return members.findByIdAndMesaId(terms.responsibleMemberId(), mesaId).orElse(null);
    }

    private static Agreement.Terms terms(Agreement agreement) {
        return new Agreement.Terms(agreement.text(), agreement.responsibleMemberId(), agreement.responsiblePerson(),
                agreement.dueOn());
    }

    static AuditTrail.Subject subject(Agreement agreement) {
        return new AuditTrail.Subject(SUBJECT, agreement.id(), null);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The day of the session the agreement was made at: its due and closing dates are never before it. */
    private LocalDate agreedOn(Agreement agreement) {
        return sessions.findById(agreement.sessionId()).map(MesaSession::heldOn)
                .orElseThrow(() -> new NotFound("mesaSession"));
    }
}
