package cl.circuito.waitinglist.web;

import cl.circuito.children.ChildIdentityMismatch;
import cl.circuito.children.IdentityChoice;
import cl.circuito.children.Rut;
import cl.circuito.children.ValidRut;
import cl.circuito.shared.validation.NoMarkup;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How a page's form types a child (RUT, names, birth date): the referral, an existing case, a correction.
 * Mutable because Spring binds the form into it and re-renders it as typed.
 * Shared: the entry capability's referral and correction forms and admission's existing-case form type a child alike.
 */
public class ChildFields {
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

    /**
     * A form that registers a child (referral, existing case) and may have to ask which identity is right when the
     * RUT is registered with other names or birth date ({@link IdentityQuestion}). The answer counts only for the
     * RUT it was given for ({@code identityRut}): change the RUT and the registry is asked again.
     */
    public static class Registering extends ChildFields {
        private IdentityChoice identityChoice;
        @Size(max = 2000) @NoMarkup
        private String identityCorrectionReason;
        @Size(max = 15)
        private String identityRut;
        private ChildIdentityMismatch identityQuestion;

        public IdentityChoice getIdentityChoice() { return identityChoice; }
        public void setIdentityChoice(IdentityChoice identityChoice) { this.identityChoice = identityChoice; }
        public String getIdentityCorrectionReason() { return identityCorrectionReason; }
        public void setIdentityCorrectionReason(String identityCorrectionReason) { this.identityCorrectionReason = identityCorrectionReason; }
        public String getIdentityRut() { return identityRut; }
        public void setIdentityRut(String identityRut) { this.identityRut = identityRut; }

        /** The question asked on this rendering; not a bean property, so a request can never bind into it. */
        public ChildIdentityMismatch identityQuestion() { return identityQuestion; }

        void asked(ChildIdentityMismatch question) {
            this.identityQuestion = question;
            this.identityRut = canonical(getRut());
        }

        /** The user's answer, if it was given for the RUT now typed. */
        public IdentityChoice confirmedChoice() {
            String rut = canonical(getRut());
            return rut != null && Objects.equals(rut, identityRut) ? identityChoice : null;
        }

        private static String canonical(String typed) {
            return typed == null || typed.isBlank() || !Rut.isValid(typed) ? null : Rut.parse(typed).canonical();
        }
    }
}
