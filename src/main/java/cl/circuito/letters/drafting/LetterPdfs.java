package cl.circuito.letters.drafting;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

public interface LetterPdfs extends JpaRepository<LetterPdf, UUID> {
}
