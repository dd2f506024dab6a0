package cl.circuito.mesas.cases;

import cl.circuito.mesas.agreements.AgreementStatus;
import cl.circuito.mesas.CaseCriterion;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.Map;

/** What the case pages and the API show: the child by initials and age, never a RUT or a name. */
public final class CaseViews {

    private CaseViews() {
    }

    /**
     * One line of the Mesa's cases: criteria of all its reviews, and strategies still open or in progress.
     * {@code disposed}: the case was disposed of at the end of its retention; its initials are only a mark.
     */
    public record CaseRow(UUID id, String initials, int age, CaseSex sex, CaseStatus status, UUID presentingMemberId,
                          String memberName, int reviews, LocalDate lastReviewOn, List<CaseCriterion> criteria,
                          int openStrategies, boolean disposed) {
    }

    /** How many reviews chose a criterion, and over how many cases: all an overseer sees. */
    public record CriterionCount(CaseCriterion criterion, int reviews, int cases) {
    }

    /** The counts every reader of the Mesa sees. */
    public record Counts(int openCases, int closedCases, int reviews, List<CriterionCount> byCriterion) {

        public int reviewsOf(CaseCriterion criterion) {
            return byCriterion.stream().filter(c -> c.criterion() == criterion).mapToInt(CriterionCount::reviews).sum();
        }
    }

    public record SectionView(String label, String content, boolean question) {
    }

    public record StrategyView(UUID agreementId, String text, UUID responsibleMemberId, String memberName,
                               String person, LocalDate dueOn, AgreementStatus status, boolean overdue) {
    }

    /** {@code disposed}: its case was disposed of; the question, discussion and answers are gone. */
    public record ReviewView(UUID id, UUID caseId, String initials, int age, CaseSex sex, String memberName, int number,
                             UUID sessionId, int sessionNumber, LocalDate heldOn, CaseCriterion criterion,
                             String formatName, String question, String discussion, String createdByName,
                             List<SectionView> sections, List<StrategyView> strategies, boolean disposed) {
    }

    /** A case with its review history, oldest first; {@code disposedOn} once disposed of at the end of its retention. */
    public record CaseView(UUID id, long version, String initials, int age, CaseSex sex, CaseStatus status,
                           LocalDate closedOn, String closingNote, UUID presentingMemberId, String memberName,
                           boolean writable, List<ReviewView> reviews, LocalDate disposedOn) {

        public boolean disposed() {
            return disposedOn != null;
        }
    }

    /** A session's reviews: {@code reviews} is empty for an overseer, who sees {@code counts} only. */
    public record SessionReviews(UUID sessionId, int sessionNumber, LocalDate heldOn, boolean reviewable,
                                 boolean content, List<ReviewView> reviews, Counts counts) {
    }

    public record MemberOption(UUID id, String name) {
    }

    /**
     * What the presentation form offers this user: every current member (responsible for strategies), those
     * the user may present for, the children of their own programs by member, the open cases they may follow
     * up, and the format in use.
     */
    public record PresentationOptions(List<MemberOption> members, List<MemberOption> presenters,
                                      Map<UUID, List<CaseChildren.Pickable>> children,
                                      List<CaseRow> followable, PresentationFormat format) {

        public String nameOf(UUID memberId) {
            return members.stream().filter(m -> m.id().equals(memberId)).map(MemberOption::name).findFirst().orElse("");
        }
    }
}
