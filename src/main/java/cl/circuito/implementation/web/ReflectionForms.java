package cl.circuito.implementation.web;

import cl.circuito.implementation.scorecards.ImplementationRuleViolation;
import cl.circuito.implementation.report.ManagerNote;
import cl.circuito.implementation.report.ManagerNoteView;
import cl.circuito.implementation.reflections.Reflection;
import cl.circuito.implementation.reflections.ReflectionAspect;
import cl.circuito.implementation.reflections.ReflectionView;
import cl.circuito.shared.validation.NoRut;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The reflection and notes forms. Mutable beans because Spring binds them; year and semester are text so that a
 * failed submit shows what the user typed.
 */
final class ReflectionForms {

    private ReflectionForms() {
    }

    static int whole(String text, String field) {
        if (text == null || text.isBlank()) {
            throw ImplementationRuleViolation.invalid(field, "reflections.error.required." + field);
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw ImplementationRuleViolation.invalid(field, "reflections.error.number");
        }
    }

    static class ReflectionForm {
        private Long version;
        private String year;
        private String semester;
        private List<ReflectionAspect> aspects = new ArrayList<>();
        @NoRut
        private String intraNotes;
        @NoRut
        private String extraNotes;
        @NoRut
        private String riskNotes;
        @NoRut
        private String achievementNotes;

        static ReflectionForm of(ReflectionView r) {
            ReflectionForm f = new ReflectionForm();
            f.version = r.version();
            f.year = String.valueOf(r.year());
            f.semester = String.valueOf(r.semester());
            f.aspects = new ArrayList<>(r.aspects());
            f.intraNotes = r.intraNotes();
            f.extraNotes = r.extraNotes();
            f.riskNotes = r.riskNotes();
            f.achievementNotes = r.achievementNotes();
            return f;
        }

        Reflection.Content content() {
            Set<ReflectionAspect> set = aspects == null || aspects.isEmpty() ? Set.of() : EnumSet.copyOf(aspects);
            return new Reflection.Content(set, intraNotes, extraNotes, riskNotes, achievementNotes);
        }

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public String getYear() { return year; }
        public void setYear(String year) { this.year = year; }
        public String getSemester() { return semester; }
        public void setSemester(String semester) { this.semester = semester; }
        public List<ReflectionAspect> getAspects() { return aspects; }
        public void setAspects(List<ReflectionAspect> aspects) { this.aspects = aspects; }
        public String getIntraNotes() { return intraNotes; }
        public void setIntraNotes(String intraNotes) { this.intraNotes = intraNotes; }
        public String getExtraNotes() { return extraNotes; }
        public void setExtraNotes(String extraNotes) { this.extraNotes = extraNotes; }
        public String getRiskNotes() { return riskNotes; }
        public void setRiskNotes(String riskNotes) { this.riskNotes = riskNotes; }
        public String getAchievementNotes() { return achievementNotes; }
        public void setAchievementNotes(String achievementNotes) { this.achievementNotes = achievementNotes; }
    }

    static class NotesForm {
        private Long version;
        @NoRut
        private String presentation;
        @NoRut
        private String functioning;
        @NoRut
        private String process;
        @NoRut
        private String conclusions;

        static NotesForm of(ManagerNoteView n) {
            NotesForm f = new NotesForm();
            f.version = n.version();
            f.presentation = n.presentation();
            f.functioning = n.functioning();
            f.process = n.process();
            f.conclusions = n.conclusions();
            return f;
        }

        ManagerNote.Content content() {
            return new ManagerNote.Content(presentation, functioning, process, conclusions);
        }

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public String getPresentation() { return presentation; }
        public void setPresentation(String presentation) { this.presentation = presentation; }
        public String getFunctioning() { return functioning; }
        public void setFunctioning(String functioning) { this.functioning = functioning; }
        public String getProcess() { return process; }
        public void setProcess(String process) { this.process = process; }
        public String getConclusions() { return conclusions; }
        public void setConclusions(String conclusions) { this.conclusions = conclusions; }
    }
}
