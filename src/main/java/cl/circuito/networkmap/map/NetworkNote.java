package cl.circuito.networkmap.map;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A dated note of the network diagnosis. Never rewritten: a new reading is a new note, so the history stays. */
@Entity
@Table(name = "network_note")
public class NetworkNote {

    public static final int MAX_TEXT = 5000;

    @Id
    private UUID id;
    private UUID mesaId;
    private LocalDate writtenOn;
    private String text;
    private String authorName;
    private Instant createdAt;

    protected NetworkNote() {
    }

    static NetworkNote write(UUID mesaId, String text, String authorName, LocalDate on, Instant now) {
        NetworkNote note = new NetworkNote();
        note.id = UUID.randomUUID();
        note.mesaId = mesaId;
        note.text = Texts.required("text", text, MAX_TEXT, "networkmap.error.required.noteText");
        note.authorName = authorName;
        note.writtenOn = on;
        note.createdAt = now;
        return note;
    }

    public UUID id() {
        return id;
    }

    public LocalDate writtenOn() {
        return writtenOn;
    }

    public String text() {
        return text;
    }
}
