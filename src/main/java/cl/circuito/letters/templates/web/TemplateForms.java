package cl.circuito.letters.templates.web;

import cl.circuito.letters.templates.BatchMode;
import cl.circuito.letters.LetterSettingsView;
import cl.circuito.letters.templates.LetterheadView;
import cl.circuito.letters.templates.TemplateView;
import cl.circuito.shared.documents.PaperSize;

/**
 * The pages' forms for templates, letterheads and settings. Mutable beans because Spring binds them and
 * re-renders them, with what the user typed, when something is wrong. The rules live in the services, which
 * name the field they refuse; the forms only carry text (a threshold typed as "treinta" is refused there, in
 * the domain's words, not as a binding error).
 */
final class TemplateForms {

    private TemplateForms() {
    }

    static class TemplateForm {
        /** The own text's version; empty while the default is in use. */
        private Long version;
        private String subject;
        private String salutation;
        private String body;
        private String closing;
        private PaperSize paper = PaperSize.A4;

        static TemplateForm of(TemplateView view) {
            TemplateForm form = new TemplateForm();
            form.version = view.version();
            form.subject = view.subject();
            form.salutation = view.salutation();
            form.body = view.body();
            form.closing = view.closing();
            return form;
        }

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public String getSubject() { return subject; }
        public void setSubject(String subject) { this.subject = subject; }
        public String getSalutation() { return salutation; }
        public void setSalutation(String salutation) { this.salutation = salutation; }
        public String getBody() { return body; }
        public void setBody(String body) { this.body = body; }
        public String getClosing() { return closing; }
        public void setClosing(String closing) { this.closing = closing; }
        public PaperSize getPaper() { return paper; }
        public void setPaper(PaperSize paper) { this.paper = paper; }
    }

    static class LetterheadForm {
        private Long version;
        private String headerLines;
        private String footerLines;

        static LetterheadForm of(LetterheadView view) {
            LetterheadForm form = new LetterheadForm();
            form.version = view.version();
            form.headerLines = view.headerLines();
            form.footerLines = view.footerLines();
            return form;
        }

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public String getHeaderLines() { return headerLines; }
        public void setHeaderLines(String headerLines) { this.headerLines = headerLines; }
        public String getFooterLines() { return footerLines; }
        public void setFooterLines(String footerLines) { this.footerLines = footerLines; }
    }

    /** The logo form only carries the version; the file is a request part of its own. */
    static class LogoForm {
        private Long version;

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
    }

    static class SettingsForm {
        private Long version;
        private PaperSize paperSize;
        private String estimateThresholdDays;
        private BatchMode batchMode;
        private String city;

        static SettingsForm of(LetterSettingsView view) {
            SettingsForm form = new SettingsForm();
            form.version = view.version();
            form.paperSize = view.paperSize();
            form.estimateThresholdDays = String.valueOf(view.estimateThresholdDays());
            form.batchMode = view.batchMode();
            form.city = view.city();
            return form;
        }

        /** The number typed, or null when it is not one (the service then refuses it on this field). */
        Integer thresholdDays() {
            try {
                return estimateThresholdDays == null ? null : Integer.valueOf(estimateThresholdDays.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public PaperSize getPaperSize() { return paperSize; }
        public void setPaperSize(PaperSize paperSize) { this.paperSize = paperSize; }
        public String getEstimateThresholdDays() { return estimateThresholdDays; }
        public void setEstimateThresholdDays(String estimateThresholdDays) { this.estimateThresholdDays = estimateThresholdDays; }
        public BatchMode getBatchMode() { return batchMode; }
        public void setBatchMode(BatchMode batchMode) { this.batchMode = batchMode; }
        public String getCity() { return city; }
        public void setCity(String city) { this.city = city; }
    }
}
