package cl.circuito.letters.templates;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface LetterTemplateRecords extends JpaRepository<LetterTemplate, UUID> {

    Optional<LetterTemplate> findByInstitutionIdAndKind(UUID institutionId, TemplateKind kind);

    @Query("select t from LetterTemplate t where t.institutionId is null and t.kind = ?1")
    Optional<LetterTemplate> findDefault(TemplateKind kind);

    List<LetterTemplate> findByInstitutionId(UUID institutionId);

    /** The default text of every kind. */
    @Query("select t from LetterTemplate t where t.institutionId is null")
    List<LetterTemplate> findDefaults();
}
