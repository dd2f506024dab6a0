package cl.circuito.letters.templates;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

public interface LetterSettingsRecords extends JpaRepository<LetterSettings, UUID> {

    /** The program's settings, or the defaults when it never set them. */
    default LetterSettings forProgram(UUID programId) {
        return findById(programId).orElseGet(() -> LetterSettings.defaultsFor(programId));
    }
}
