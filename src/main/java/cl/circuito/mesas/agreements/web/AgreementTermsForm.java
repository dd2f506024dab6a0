package cl.circuito.mesas.agreements.web;

import cl.circuito.shared.validation.NoRut;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.UUID;

/** What an agreement says, as a form sends it: an agreement at a session, or a case review's strategy. */
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
