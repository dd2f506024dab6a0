package cl.circuito.letters;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

interface LetterPdfs extends JpaRepository<LetterPdf, UUID> {
}
