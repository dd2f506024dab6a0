package cl.circuito.network;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What other modules know of a program.
 *
 * @param endedOn the day the program stopped being in force (null while {@code active}): its records' retention
 *                counts from it
 */
public record ProgramSummary(UUID id, String name, String modalityCode, String modalityName, UUID institutionId,
                             String institutionName, String comunaCode, String comunaName, String regionCode,
                             String regionName, int agreedCapacity, boolean hasSupportProfessional,
                             UUID directorUserId, boolean active, LocalDate endedOn) {

    static ProgramSummary of(Program p) {
        return new ProgramSummary(p.id(), p.name(), p.modality().code(), p.modality().name(), p.institution().id(),
                p.institution().name(), p.comuna().code(), p.comuna().name(), p.comuna().region().code(),
                p.comuna().region().name(), p.agreedCapacity(), p.hasSupportProfessional(), p.directorUserId(),
                p.active(), p.endedOn());
    }

    /** "PRM Los Aromos (Fundación Ejemplo)": how programs are named to people. */
    public String label() {
        return name + " (" + institutionName + ")";
    }
}
