package cl.circuito.mesas.cases;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.mesas.sessions.AgendaItem;
import cl.circuito.mesas.sessions.AgendaItemKind;
import cl.circuito.mesas.agreements.Agreement;
import cl.circuito.mesas.agreements.Agreements;
import cl.circuito.mesas.CaseCriterion;
import cl.circuito.mesas.MesaAccess;
import cl.circuito.mesas.mesa.MesaMember;
import cl.circuito.mesas.mesa.MesaMembers;
import cl.circuito.mesas.mesa.MesaRuleViolation;
import cl.circuito.mesas.sessions.MesaSession;
import cl.circuito.mesas.sessions.MesaSessions;
import cl.circuito.mesas.MesaStanding;
import cl.circuito.mesas.sessions.MinutesStatus;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.Versions;
import cl.circuito.shared.security.AccessDenied;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cl.circuito.audit.AuditField.AGE;
import static cl.circuito.audit.AuditField.CLOSED_ON;
import static cl.circuito.audit.AuditField.CRITERION;
import static cl.circuito.audit.AuditField.LINKED_TO_CHILD;
import static cl.circuito.audit.AuditField.PRESENTING_MEMBER_ID;
import static cl.circuito.audit.AuditField.REVIEW_NUMBER;
import static cl.circuito.audit.AuditField.SESSION;
import static cl.circuito.audit.AuditField.STRATEGIES;

/**
 * Bringing cases to a Mesa: a member presents a child (its own: the co-facilitators may present for anyone),
 * the Mesa answers the question and agrees strategies, each of which becomes an agreement; the case is followed
 * in later sessions until closed. One transaction per use case: a refused strategy saves nothing.
 */
@Service
public class CaseReviewing {

    private final MesaCases cases;
    private final CaseReviews reviews;
    private final MesaSessions sessions;
    private final MesaMembers members;
    private final Agreements agreements;
    private final CaseFormats formats;
    private final CaseChildren children;
    private final MesaAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    CaseReviewing(MesaCases cases, CaseReviews reviews, MesaSessions sessions, MesaMembers members,
                  Agreements agreements, CaseFormats formats, CaseChildren children, MesaAccess access,
                  AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.reviews = reviews;
        this.sessions = sessions;
        this.members = members;
        this.agreements = agreements;
        this.formats = formats;
        this.children = children;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A new case: the presenting member, and the child either picked from the program's own list
     * ({@code childId}: initials and age computed here) or by typed initials and age.
     */
    public record CaseDraft(UUID presentingMemberId, UUID childId, String initials, Integer age, CaseSex sex) {
    }

    /** A strategy the Mesa agreed: it becomes an agreement with this responsible member, person and due date. */
    public record Strategy(String text, UUID responsibleMemberId, String responsiblePerson, LocalDate dueOn) {

        boolean blank() {
            return (text == null || text.isBlank()) && responsibleMemberId == null
                    && (responsiblePerson == null || responsiblePerson.isBlank()) && dueOn == null;
        }
    }

    /**
     * A presentation at a session: a follow-up of an open case ({@code caseId}) or a new one ({@code newCase}),
     * the answers keyed by the format's section ids, the discussion and the strategies (blank ones ignored).
     */
    public record ReviewDraft(UUID caseId, CaseDraft newCase, CaseCriterion criterion, Map<UUID, String> answers,
                              String discussion, List<Strategy> strategies) {
    }

    @Transactional
    public MesaCase openCase(Actor actor, UUID mesaId, CaseDraft draft) {
        MesaStanding standing = access.standing(actor, mesaId);
        MesaCase mesaCase = newCase(actor, standing, mesaId, draft, clock.instant());
        audit.changed(actor, AuditAction.CHANGED, subject(mesaCase), "mesacases.audit.caseOpened",
                AuditDetails.of(PRESENTING_MEMBER_ID, mesaCase.presentingMemberId()).with(AGE, mesaCase.age())
                        .with(LINKED_TO_CHILD, mesaCase.childId() != null));
        return mesaCase;
    }

    @Transactional
    public CaseReview present(Actor actor, UUID mesaId, UUID sessionId, ReviewDraft draft) {
        MesaStanding standing = access.standing(actor, mesaId);
        MesaSession session = sessions.findByIdAndMesaId(sessionId, mesaId).orElseThrow(() -> new NotFound("mesaSession"));
        Instant now = clock.instant();
        MesaCase mesaCase;
        boolean opened = draft.caseId() == null;
        if (opened) {
            if (draft.newCase() == null) {
                throw MesaRuleViolation.invalid("caseId", "mesacases.error.caseOrNew");
            }
            // A closed session's minutes guard the review, but the case must not be saved before that either.
            if (session.minutesStatus() == MinutesStatus.APPROVED) {
                throw MesaRuleViolation.conflict("mesas.error.minutesApproved", session.number());
            }
            mesaCase = newCase(actor, standing, mesaId, draft.newCase(), now);
        } else {
            mesaCase = cases.findByIdAndMesaId(draft.caseId(), mesaId).orElseThrow(() -> new NotFound("mesaCase"));
            requireWrite(standing, mesaCase.presentingMemberId());
            if (reviews.existsByCaseIdAndSessionId(mesaCase.id(), sessionId)) {
                throw MesaRuleViolation.invalid("caseId", "mesacases.error.alreadyReviewed", mesaCase.initials());
            }
        }
        children.requireUnnamed(mesaCase.childId(), texts(draft));
        CaseReview review = CaseReview.present(session, mesaCase, reviews.lastNumber(mesaCase.id()) + 1,
                draft.criterion(), formats.inUse(mesaId), draft.answers(), draft.discussion(), actor.displayName(), now);
        reviews.save(review);
        List<Agreement> agreed = agree(actor, session, review, draft.strategies(), now);
        audit.changed(actor, AuditAction.CHANGED, subject(mesaCase),
                opened ? "mesacases.audit.casePresented" : "mesacases.audit.caseFollowedUp",
                AuditDetails.of(SESSION, session.number()).with(REVIEW_NUMBER, review.number())
                        .with(CRITERION, review.criterion())
                        .with(STRATEGIES, agreed.stream().map(Agreement::id).toList()));
        return review;
    }

    /** The Mesa stops following the case; its open strategies stay agreements to follow on their own. */
    @Transactional
    public MesaCase close(Actor actor, UUID mesaId, UUID caseId, Long version, String note) {
        MesaStanding standing = access.standing(actor, mesaId);
        MesaCase mesaCase = cases.findByIdAndMesaId(caseId, mesaId).orElseThrow(() -> new NotFound("mesaCase"));
        requireWrite(standing, mesaCase.presentingMemberId());
        Versions.require(mesaCase.version(), version);
        children.requireUnnamed(mesaCase.childId(), Map.of("note", note == null ? "" : note));
        mesaCase.close(note, LocalDate.now(clock), actor.displayName(), clock.instant());
        cases.flush();
        audit.changed(actor, AuditAction.CHANGED, subject(mesaCase), "mesacases.audit.caseClosed",
                AuditDetails.of(CLOSED_ON, mesaCase.closedOn()));
        return mesaCase;
    }

    /** Whether the actor may present for this member (co-facilitators for anyone; a member for itself). */
    static boolean writes(MesaStanding standing, UUID presentingMemberId) {
        return standing.edits() || (standing.level() == MesaStanding.Level.MEMBER && presentingMemberId != null
                && standing.ownMemberIds().contains(presentingMemberId));
    }

    private static void requireWrite(MesaStanding standing, UUID presentingMemberId) {
        if (!writes(standing, presentingMemberId)) {
            throw new AccessDenied(Permission.WORK_IN_MESAS);
        }
    }

    private MesaCase newCase(Actor actor, MesaStanding standing, UUID mesaId, CaseDraft draft, Instant now) {
        if (!standing.edits() && standing.ownMemberIds().isEmpty()) {
            throw new AccessDenied(Permission.WORK_IN_MESAS);
        }
        if (draft.presentingMemberId() == null) {
            throw MesaRuleViolation.invalid("presentingMemberId", "mesacases.error.presentingMember");
        }
        MesaMember presenting = members.findByIdAndMesaId(draft.presentingMemberId(), mesaId)
                .orElseThrow(() -> MesaRuleViolation.invalid("presentingMemberId", "mesacases.error.presentingMember"));
        requireWrite(standing, presenting.id());
        MesaCase.Child child = new MesaCase.Child(draft.initials(), draft.age(), draft.sex(), null);
        if (draft.childId() != null) {
            CaseChildren.Pickable picked = children.pick(actor, presenting, draft.childId())
                    .orElseThrow(() -> MesaRuleViolation.invalid("childId", "mesacases.error.child"));
            // Without a birth date on record the program types the age.
            child = new MesaCase.Child(picked.initials(), picked.age() != null ? picked.age() : draft.age(),
                    draft.sex(), picked.childId());
        }
        return cases.save(MesaCase.open(mesaId, presenting, child, actor.displayName(), now));
    }

    /** A presentation's texts by the field each comes from: the answers, the discussion, the strategies. */
    private static Map<String, String> texts(ReviewDraft draft) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (draft.answers() != null) {
            draft.answers().forEach((section, answer) -> texts.put("answers[" + section + "]", answer));
        }
        texts.put("discussion", draft.discussion());
        List<Strategy> strategies = draft.strategies() == null ? List.of() : draft.strategies();
        for (int i = 0; i < strategies.size(); i++) {
            if (strategies.get(i) != null) {
                texts.put("strategies[" + i + "].text", strategies.get(i).text());
            }
        }
        return texts;
    }

    private List<Agreement> agree(Actor actor, MesaSession session, CaseReview review, List<Strategy> strategies,
                                  Instant now) {
        List<Agreement> agreed = new ArrayList<>();
        if (strategies == null) {
            return agreed;
        }
        UUID itemId = session.itemOfKind(AgendaItemKind.CASE_REVIEWS).map(AgendaItem::id).orElse(null);
        for (int i = 0; i < strategies.size(); i++) {
            Strategy strategy = strategies.get(i);
            if (strategy == null || strategy.blank()) {
                continue;
            }
            MesaMember responsible = strategy.responsibleMemberId() == null ? null
                    : members.findByIdAndMesaId(strategy.responsibleMemberId(), session.mesaId()).orElse(null);
            try {
                agreed.add(agreements.save(Agreement.agree(session, itemId, review.id(),
                        new Agreement.Terms(strategy.text(), strategy.responsibleMemberId(), strategy.responsiblePerson(),
                                strategy.dueOn()), responsible, actor.displayName(), now)));
            } catch (MesaRuleViolation e) {
                if (e.field() == null) {
                    throw e;
                }
                // Name the strategy's own field, so the page puts the error on the right row.
                throw MesaRuleViolation.invalid("strategies[" + i + "]." + e.field(), e.messageKey(), e.arguments());
            }
        }
        return agreed;
    }

    static AuditTrail.Subject subject(MesaCase mesaCase) {
        return subject(mesaCase.id());
    }

    static AuditTrail.Subject subject(UUID caseId) {
        return new AuditTrail.Subject("MESA_CASE", caseId, null);
    }
}
