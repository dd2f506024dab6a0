package cl.circuito.letters.templates.web;

import cl.circuito.letters.templates.LetterheadView;

/**
 * The letterhead page's forms. Mutable beans because Spring binds them and re-renders them, with what the user
 * typed, when something is wrong. The rules live in the service, which names the field it refuses. The lines are
 * one textarea's text here and a list in the API's {@code LetterheadBody}: bound to a list, a line would be cut at
 * each comma of an address.
 */
final class TemplateForms {

    private TemplateForms() {
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
}
