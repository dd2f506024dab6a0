package cl.circuito.mesas.agreements.web;

import cl.circuito.shared.validation.NoRut;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What an agreement says, as a case review's form sends it for each strategy. An agreement at a session, on the
 * minutes and agreements pages as in the API, is {@code MinutesInputs.AgreementInput}.
 */
public class AgreementTermsForm {
    @NoRut
    private String text;
    private UUID responsibleMemberId;
    @NoRut
    private String responsiblePerson;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueOn;

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public UUID getResponsibleMemberId() { return responsibleMemberId; }
    public void setResponsibleMemberId(UUID responsibleMemberId) { this.responsibleMemberId = responsibleMemberId; }
    public String getResponsiblePerson() { return responsiblePerson; }
    public void setResponsiblePerson(String responsiblePerson) { this.responsiblePerson = responsiblePerson; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
}
