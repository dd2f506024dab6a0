package cl.circuito.waitinglist.entry.web;

import cl.circuito.children.ValidRut;
import cl.circuito.shared.validation.NoMarkup;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * The pages' forms that no API request shares (what both channels send is {@link Inputs}). Mutable beans because
 * Spring binds form fields into them and re-renders them, with what the user typed, when something is wrong.
 */
final class Forms {

    private Forms() {
    }

    /** The correction of a child's identity from the entry page. */
    static class ChildForm {
        @Size(max = 15) @ValidRut
        private String rut;
        @NotBlank @Size(max = 100) @NoMarkup
        private String givenNames;
        @NotBlank @Size(max = 100) @NoMarkup
        private String paternalSurname;
        @Size(max = 100) @NoMarkup
        private String maternalSurname;
        @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate birthDate;
        @Size(max = 2000) @NoMarkup
        private String reason;

        public String getRut() { return rut; }
        public void setRut(String rut) { this.rut = rut; }
        public String getGivenNames() { return givenNames; }
        public void setGivenNames(String givenNames) { this.givenNames = givenNames; }
        public String getPaternalSurname() { return paternalSurname; }
        public void setPaternalSurname(String paternalSurname) { this.paternalSurname = paternalSurname; }
        public String getMaternalSurname() { return maternalSurname; }
        public void setMaternalSurname(String maternalSurname) { this.maternalSurname = maternalSurname; }
        public LocalDate getBirthDate() { return birthDate; }
        public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }
}
