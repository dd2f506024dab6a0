package cl.circuito.mesas.cases;

import cl.circuito.shared.text.ChileanDates;
import cl.circuito.mesas.CaseCriterion;
import cl.circuito.mesas.sessions.CaseReviewDigest;
import cl.circuito.mesas.sessions.MesaScheduling;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * The case reviews as the minutes list them. The minutes check the reader's standing (members only) before
 * asking; this reads no names and no RUT, only what the Mesa was told: initials, age and the presentation. A case
 * disposed of at the end of its retention is "Caso eliminado", with its age, criterion and strategies only.
 */
@Component
class CaseReviewDigests implements CaseReviewDigest {

    private final CaseReadModel readModel;
    private final MessageSource messages;

    CaseReviewDigests(CaseReadModel readModel, MessageSource messages) {
        this.readModel = readModel;
        this.messages = messages;
    }

    @Override
    public List<Line> forSession(UUID sessionId) {
        return readModel.ofSession(sessionId).stream().map(this::line).toList();
    }

    private Line line(CaseViews.ReviewView review) {
        List<Section> presentation = review.sections().stream().filter(s -> !s.question() && s.content() != null)
                .map(s -> new Section(s.label(), s.content())).toList();
        List<String> strategies = review.strategies().stream().map(s -> s.text() + " (" + s.memberName()
                + (s.person() == null ? "" : ", " + s.person())
                + (s.dueOn() == null ? "" : ", " + ChileanDates.day(s.dueOn())) + ")").toList();
        // A disposed case keeps a mark for initials: the minutes say what happened to it instead.
        String initials = review.disposed() ? messages.getMessage("mesacases.disposed", null, MesaScheduling.CHILE)
                : review.initials();
        return new Line(review.id(), review.caseId(), review.memberName(), initials, review.age(),
                messages.getMessage("mesacases.criterion." + review.criterion(), null, MesaScheduling.CHILE),
                review.criterion() == CaseCriterion.GOOD_PRACTICE, presentation, review.question(),
                review.discussion(), strategies, review.number());
    }
}
