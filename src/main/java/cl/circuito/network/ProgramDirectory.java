package cl.circuito.network;

import cl.circuito.shared.NotFound;
import cl.circuito.shared.security.AccessScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Read side of the network for other modules. Every method that answers about programs takes the
 * asker's scope: a program outside it does not exist for them.
 */
@Service
@Transactional(readOnly = true)
public class ProgramDirectory {

    private final Programs programs;
    private final Referrers referrers;

    ProgramDirectory(Programs programs, Referrers referrers) {
        this.programs = programs;
        this.referrers = referrers;
    }

    public List<ProgramSummary> visibleTo(AccessScope scope) {
        // Java 17 baseline: no pattern matching in switch yet.
        List<Program> found;
        if (scope instanceof AccessScope.Nationwide) {
            found = programs.findAllOrdered();
        } else if (scope instanceof AccessScope.Region region) {
            found = programs.findByRegion(region.regionCode());
        } else if (scope instanceof AccessScope.Programs assigned && !assigned.programIds().isEmpty()) {
            found = programs.findByIds(assigned.programIds());
        } else {
            found = List.of();
        }
        return found.stream().map(ProgramSummary::of).toList();
    }

    public Set<UUID> visibleIds(AccessScope scope) {
        return visibleTo(scope).stream().map(ProgramSummary::id).collect(Collectors.toUnmodifiableSet());
    }

    /** The program if the scope covers it; {@link NotFound} otherwise (same answer as a missing one). */
    public ProgramSummary get(UUID programId, AccessScope scope) {
        // One program read, not the scope's whole list (every program for the national team): same rule as visibleTo.
        return programs.findSummaryById(programId).map(ProgramSummary::of)
                .filter(p -> covers(scope, p))
                .orElseThrow(() -> new NotFound("program"));
    }

    private static boolean covers(AccessScope scope, ProgramSummary program) {
        if (scope instanceof AccessScope.Nationwide) {
            return true;
        }
        if (scope instanceof AccessScope.Region region) {
            return region.regionCode().equals(program.regionCode());
        }
        return scope instanceof AccessScope.Programs assigned && assigned.programIds().contains(program.id());
    }

    /** Names of programs only, across the whole network: e.g. to name the more pertinent program. */
    public List<ProgramSummary> allPrograms() {
        return programs.findAllOrdered().stream().map(ProgramSummary::of).toList();
    }

    /** These programs (unknown ids are left out), by name: e.g. to name the programs of a page of users. */
    public List<ProgramSummary> summaries(Collection<UUID> programIds) {
        if (programIds.isEmpty()) {
            return List.of();
        }
        return programs.findByIds(programIds).stream().map(ProgramSummary::of).toList();
    }

    public Optional<ProgramSummary> find(UUID programId) {
        return programs.findById(programId).map(ProgramSummary::of);
    }

    /**
     * How a program is reached (address, phone, e-mail), across the whole network: a letter naming another
     * program as the more pertinent one gives its contact data. Empty when the program does not exist.
     */
    public Optional<ProgramContact> contact(UUID programId) {
        return programs.findById(programId).map(Program::contact);
    }

    public List<ReferrerSummary> activeReferrers() {
        return referrers.findByActiveTrueOrderByKindAscNameAsc().stream().map(ReferrerSummary::of).toList();
    }

    public Optional<ReferrerSummary> referrer(UUID referrerId) {
        return referrers.findById(referrerId).map(ReferrerSummary::of);
    }
}
