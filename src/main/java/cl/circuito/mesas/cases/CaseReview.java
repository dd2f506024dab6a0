package cl.circuito.mesas.cases;

import cl.circuito.mesas.agreements.Agreement;
import cl.circuito.mesas.CaseCriterion;
import cl.circuito.mesas.mesa.MesaRuleViolation;
import cl.circuito.mesas.sessions.MesaSession;
import cl.circuito.mesas.sessions.MinutesStatus;
import cl.circuito.mesas.sessions.SessionStatus;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A case presented at a session: why it was chosen, the format's sections answered (their labels copied, so
 * a later change of the format rewrites nothing), the question for the Mesa and what was discussed. The
 * strategies agreed are {@link Agreement}s carrying this review's id. Nothing is added once the session's
 * minutes are approved.
 */
@Entity
@Table(name = "mesa_case_review")
public class CaseReview {

    public static final int MAX_TEXT = 20_000;

    @Id
    private UUID id;
    @Version
    private long version;
    private UUID caseId;
    private UUID mesaId;
    private UUID sessionId;
    private int number;
    @Enumerated(EnumType.STRING)
    private CaseCriterion criterion;
    private UUID formatId;
    private String formatName;
    private String question;
    private String discussion;
    private Instant createdAt;
    private String createdByName;
    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "review_id", nullable = false)
    @OrderBy("position")
    private List<ReviewAnswer> answers = new ArrayList<>();

    protected CaseReview() {
    }

    /**
     * Presents {@code mesaCase} at {@code session}, as its {@code number}-th review. {@code answers} are keyed by
     * the format's section ids; errors name the field {@code answers[<sectionId>]}.
     */
    static CaseReview present(MesaSession session, MesaCase mesaCase, int number, CaseCriterion criterion,
                              PresentationFormat format, Map<UUID, String> answers, String discussion,
                              String byName, Instant now) {
        if (session.minutesStatus() == MinutesStatus.APPROVED) {
            throw MesaRuleViolation.conflict("mesas.error.minutesApproved", session.number());
        }
        if (session.status() == SessionStatus.CANCELLED) {
            throw MesaRuleViolation.conflict("mesas.error.sessionCancelled");
        }
        if (!session.mesaId().equals(mesaCase.mesaId()) || !format.usableBy(session.mesaId())) {
            throw new cl.circuito.shared.NotFound("mesaSession");
        }
        mesaCase.requireOpen();
        if (criterion == null) {
            throw MesaRuleViolation.invalid("criterion", "mesacases.error.criterion");
        }
        CaseReview review = new CaseReview();
        review.id = UUID.randomUUID();
        review.caseId = mesaCase.id();
        review.mesaId = mesaCase.mesaId();
        review.sessionId = session.id();
        review.number = number;
        review.criterion = criterion;
        review.formatId = format.id();
        review.formatName = format.name();
        for (PresentationSection section : format.sections()) {
            String field = "answers[" + section.id() + "]";
            String content = answers == null ? null : answers.get(section.id());
            content = content == null || content.isBlank() ? null : content.strip();
            if (content == null && section.required()) {
                throw MesaRuleViolation.invalid(field, section.question() ? "mesacases.error.question"
                        : "mesacases.error.sectionRequired", section.label());
            }
            if (content != null && content.length() > MAX_TEXT) {
                throw MesaRuleViolation.invalid(field, "mesas.error.tooLong", MAX_TEXT);
            }
            if (section.question()) {
                review.question = content;
            }
            review.answers.add(new ReviewAnswer(section.position(), section.label(), section.question(), content));
        }
        if (discussion != null && discussion.strip().length() > MAX_TEXT) {
            throw MesaRuleViolation.invalid("discussion", "mesas.error.tooLong", MAX_TEXT);
        }
        review.discussion = discussion == null || discussion.isBlank() ? null : discussion.strip();
        review.createdAt = now;
        review.createdByName = byName;
        mesaCase.touch(byName, now);
        return review;
    }

    /** Part of its case's disposal ({@link MesaCase#dispose}): what was asked and said goes; the facts stay. */
    void erase() {
        this.question = null;
        this.discussion = null;
        answers.forEach(ReviewAnswer::erase);
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public UUID caseId() {
        return caseId;
    }

    public UUID mesaId() {
        return mesaId;
    }

    public UUID sessionId() {
        return sessionId;
    }

    public int number() {
        return number;
    }

    public CaseCriterion criterion() {
        return criterion;
    }

    public String formatName() {
        return formatName;
    }

    public String question() {
        return question;
    }

    public String discussion() {
        return discussion;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdByName() {
        return createdByName;
    }

    public List<ReviewAnswer> answers() {
        return Collections.unmodifiableList(answers);
    }
}
