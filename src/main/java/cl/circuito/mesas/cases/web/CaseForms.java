package cl.circuito.mesas.cases.web;

import cl.circuito.mesas.CaseCriterion;
import cl.circuito.mesas.cases.CaseSex;
import cl.circuito.mesas.cases.CaseReviewing;
import cl.circuito.mesas.cases.PresentationFormat;
import cl.circuito.mesas.cases.PresentationSection;
import cl.circuito.mesas.agreements.web.AgreementTermsForm;
import cl.circuito.shared.validation.NoRut;
import jakarta.validation.Valid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The session page's case review and the format page's sections: mutable beans Spring binds and re-renders with
 * everything the user typed, whatever mistake came back. The API's records cannot serve here. A review record with one
 * value that does not convert (the age, a strategy's due date) is not built, and Spring then keeps for display only
 * part of what was sent: the section answers, a map by section, are lost, and with a bad due date the new case too.
 * The format's rows carry what the API has no word for (a number to reorder them, a box to remove one, a radio across
 * the rows for the question). The age is text so "doce" comes back with the domain's message. The other case forms
 * are {@link CaseInputs}.
 */
final class CaseForms {

    static final int STRATEGY_ROWS = 3;

    private CaseForms() {
    }

    static class ReviewForm {
        private UUID caseId;
        private UUID presentingMemberId;
        private UUID childId;
        private String initials;
        private String age;
        private CaseSex sex;
        private CaseCriterion criterion;
        private Map<String, @NoRut String> answers = new LinkedHashMap<>();
        @NoRut
        private String discussion;
        private List<@Valid StrategyForm> strategies = new ArrayList<>();

        static ReviewForm blank() {
            ReviewForm form = new ReviewForm();
            form.padStrategies();
            return form;
        }

        void padStrategies() {
            while (strategies.size() < STRATEGY_ROWS) {
                strategies.add(new StrategyForm());
            }
        }

        Map<UUID, String> answersById() {
            Map<UUID, String> byId = new LinkedHashMap<>();
            answers.forEach((key, value) -> {
                try {
                    byId.put(UUID.fromString(key), value);
                } catch (IllegalArgumentException ignored) {
                    // a key that names no section answers nothing
                }
            });
            return byId;
        }

        List<CaseReviewing.Strategy> strategyDrafts() {
            return strategies.stream().map(s -> new CaseReviewing.Strategy(s.getText(), s.getResponsibleMemberId(),
                    s.getResponsiblePerson(), s.getDueOn())).toList();
        }

        public UUID getCaseId() { return caseId; }
        public void setCaseId(UUID caseId) { this.caseId = caseId; }
        public UUID getPresentingMemberId() { return presentingMemberId; }
        public void setPresentingMemberId(UUID presentingMemberId) { this.presentingMemberId = presentingMemberId; }
        public UUID getChildId() { return childId; }
        public void setChildId(UUID childId) { this.childId = childId; }
        public String getInitials() { return initials; }
        public void setInitials(String initials) { this.initials = initials; }
        public String getAge() { return age; }
        public void setAge(String age) { this.age = age; }
        public CaseSex getSex() { return sex; }
        public void setSex(CaseSex sex) { this.sex = sex; }
        public CaseCriterion getCriterion() { return criterion; }
        public void setCriterion(CaseCriterion criterion) { this.criterion = criterion; }
        public Map<String, String> getAnswers() { return answers; }
        public void setAnswers(Map<String, String> answers) { this.answers = answers; }
        public String getDiscussion() { return discussion; }
        public void setDiscussion(String discussion) { this.discussion = discussion; }
        public List<StrategyForm> getStrategies() { return strategies; }
        public void setStrategies(List<StrategyForm> strategies) { this.strategies = strategies; }
    }

    static class StrategyForm extends AgreementTermsForm {
    }

    /** A local format as edited: its sections, an empty row to add one, and which one asks the question. */
    static class FormatForm {
        private Long version;
        @NoRut
        private String name;
        private List<@Valid SectionForm> sections = new ArrayList<>();
        private Integer questionIndex;

        static FormatForm of(PresentationFormat format) {
            FormatForm form = new FormatForm();
            form.version = format.version();
            form.name = format.name();
            List<PresentationSection> sections = format.sections();
            for (int i = 0; i < sections.size(); i++) {
                PresentationSection section = sections.get(i);
                SectionForm row = new SectionForm();
                row.label = section.label();
                row.help = section.help();
                row.required = section.required();
                row.position = String.valueOf(i + 1);
                form.sections.add(row);
                if (section.question()) {
                    form.questionIndex = i;
                }
            }
            form.addEmptyRow();
            return form;
        }

        void addEmptyRow() {
            SectionForm empty = new SectionForm();
            empty.position = String.valueOf(sections.size() + 1);
            sections.add(empty);
        }

        /** The rows kept (not removed, not left blank), in the order their numbers say; with their form index. */
        List<Map.Entry<Integer, PresentationFormat.SectionDraft>> drafts() {
            List<Integer> kept = new ArrayList<>();
            for (int i = 0; i < sections.size(); i++) {
                SectionForm row = sections.get(i);
                boolean blank = (row.label == null || row.label.isBlank()) && (row.help == null || row.help.isBlank());
                if (!row.remove && !(blank && (questionIndex == null || questionIndex != i))) {
                    kept.add(i);
                }
            }
            kept.sort(Comparator.comparingInt((Integer i) -> order(sections.get(i).position, i)).thenComparingInt(i -> i));
            return kept.stream().map(i -> Map.entry(i, new PresentationFormat.SectionDraft(sections.get(i).label,
                    sections.get(i).help, sections.get(i).required, questionIndex != null && questionIndex == i))).toList();
        }

        private static int order(String position, int index) {
            try {
                return Integer.parseInt(position.strip());
            } catch (RuntimeException e) {
                return index + 1;
            }
        }

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public List<SectionForm> getSections() { return sections; }
        public void setSections(List<SectionForm> sections) { this.sections = sections; }
        public Integer getQuestionIndex() { return questionIndex; }
        public void setQuestionIndex(Integer questionIndex) { this.questionIndex = questionIndex; }
    }

    static class SectionForm {
        @NoRut
        private String label;
        @NoRut
        private String help;
        private boolean required;
        private String position;
        private boolean remove;

        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
        public String getHelp() { return help; }
        public void setHelp(String help) { this.help = help; }
        public boolean isRequired() { return required; }
        public void setRequired(boolean required) { this.required = required; }
        public String getPosition() { return position; }
        public void setPosition(String position) { this.position = position; }
        public boolean isRemove() { return remove; }
        public void setRemove(boolean remove) { this.remove = remove; }
    }
}
