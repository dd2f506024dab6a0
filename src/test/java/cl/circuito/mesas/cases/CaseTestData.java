package cl.circuito.mesas.cases;

import cl.circuito.mesas.CaseCriterion;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Small builders for the case-review tests (all fictional). */
public final class CaseTestData {

    static final UUID NATIONAL = UUID.fromString("2f4b9a10-0000-4000-8000-000000000024");
    static final UUID BACKGROUND = UUID.fromString("2f4b9a10-0001-4000-8000-000000000024");
    static final UUID INTERVENTIONS = UUID.fromString("2f4b9a10-0002-4000-8000-000000000024");
    static final UUID PROGRAMS = UUID.fromString("2f4b9a10-0003-4000-8000-000000000024");
    static final UUID KNOTS = UUID.fromString("2f4b9a10-0004-4000-8000-000000000024");
    static final UUID QUESTION = UUID.fromString("2f4b9a10-0005-4000-8000-000000000024");

    private CaseTestData() {
    }

    /** Answers to the national format's sections. */
    public static Map<UUID, String> nationalAnswers(String question) {
        Map<UUID, String> answers = new HashMap<>();
        answers.put(BACKGROUND, "Vive con su abuela desde 2023; medida de protección vigente.");
        answers.put(INTERVENTIONS, "Intervención familiar semanal desde marzo.");
        answers.put(PROGRAMS, "PIE y CESFAM.");
        answers.put(KNOTS, "La familia volvió a vincularse con la escuela gracias al trabajo en red.");
        answers.put(QUESTION, question);
        return answers;
    }

    static CaseReviewing.ReviewDraft newCase(UUID presentingMember, String initials, Integer age, CaseCriterion criterion,
                                             Map<UUID, String> answers, List<CaseReviewing.Strategy> strategies) {
        return new CaseReviewing.ReviewDraft(null, new CaseReviewing.CaseDraft(presentingMember, null, initials, age,
                CaseSex.FEMALE), criterion, answers, "La Mesa valora el trabajo con la escuela.", strategies);
    }
}
