package cl.circuito.mesas.sessions.web;

import cl.circuito.mesas.sessions.SessionAttendance;
import cl.circuito.mesas.sessions.SessionPlanning;
import cl.circuito.shared.validation.NoRut;
import org.springframework.validation.BindingResult;

/**
 * What only the sessions' pages ask (the API adds no guests), and how they read a refusal. The use cases the API
 * offers too take {@link SessionInputs}.
 */
final class SessionForms {

    private SessionForms() {
    }

    /** Whether the refusal a form got asks the user to confirm a Saturday, Sunday or holiday. */
    static boolean asksConfirmation(BindingResult result) {
        return result.getAllErrors().stream().anyMatch(e -> e.getCode() != null && SessionPlanning.asksConfirmation(e.getCode()));
    }

    /** A guest of one session, who is no member of the Mesa. */
    public static class GuestForm {
        @NoRut
        private String fullName;
        @NoRut
        private String institution;
        @NoRut
        private String position;
        private String email;

        SessionAttendance.GuestDetails details() {
            return new SessionAttendance.GuestDetails(fullName, institution, position, email);
        }

        public String getFullName() { return fullName; }
        public void setFullName(String fullName) { this.fullName = fullName; }
        public String getInstitution() { return institution; }
        public void setInstitution(String institution) { this.institution = institution; }
        public String getPosition() { return position; }
        public void setPosition(String position) { this.position = position; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
    }
}
