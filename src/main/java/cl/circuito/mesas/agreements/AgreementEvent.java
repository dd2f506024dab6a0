package cl.circuito.mesas.agreements;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One line of an agreement's history: its status after a change or a review, with the note and who. */
@Entity
@Table(name = "mesa_agreement_event")
public class AgreementEvent {

    @Id
    private UUID id;
    private int position;
    private UUID sessionId;
    @Enumerated(EnumType.STRING)
    private AgreementStatus status;
    private String note;
    private Instant at;
    private String byName;

    protected AgreementEvent() {
    }

    AgreementEvent(int position, UUID sessionId, AgreementStatus status, String note, String byName, Instant at) {
        this.id = UUID.randomUUID();
        this.position = position;
        this.sessionId = sessionId;
        this.status = status;
        this.note = note;
        this.byName = byName;
        this.at = at;
    }

    public UUID sessionId() {
        return sessionId;
    }

    public AgreementStatus status() {
        return status;
    }

    public String note() {
        return note;
    }

    public Instant at() {
        return at;
    }

    public String byName() {
        return byName;
    }
}
