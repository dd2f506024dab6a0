package cl.circuito.network;

import cl.circuito.shared.NotFound;
import cl.circuito.shared.web.RequestMemo;
import cl.circuito.shared.security.AccessScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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

    /** The programs the scope covers, by name; asked once per request. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<ProgramSummary> visibleTo(AccessScope scope) {
        return RequestMemo.get(new Visible(scope), () -> {
            List<ProgramSummary> found = load(scope);
            found.forEach(program -> RequestMemo.put(new One(program.id()), Optional.of(program)));
            return found;
        });
    }

    /**
     * The programs of a scope of assigned programs, read by another module with the user who holds them
     * ({@link ProgramSummaryReads}), ordered by name as {@link #visibleTo} orders them: the rest of the page view
     * asks for them without reading them again. It reads nothing, so it opens no transaction.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public void known(AccessScope.Programs scope, List<ProgramSummary> byName) {
        RequestMemo.put(new Visible(scope), List.copyOf(byName));
        byName.forEach(program -> RequestMemo.put(new One(program.id()), Optional.of(program)));
    }

    private List<ProgramSummary> load(AccessScope scope) {
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

    /**
     * The program if the scope covers it; {@link NotFound} otherwise (same answer as a missing one). One program
     * is read, not every program the scope covers: a national user's page would otherwise load 1,500.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public ProgramSummary get(UUID programId, AccessScope scope) {
        if (scope instanceof AccessScope.Programs assigned && !assigned.programIds().contains(programId)
                || scope instanceof AccessScope.Nothing) {
            throw new NotFound("program");
        }
        return find(programId)
                .filter(program -> !(scope instanceof AccessScope.Region region)
                        || program.regionCode().equals(region.regionCode()))
                .orElseThrow(() -> new NotFound("program"));
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

    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<ProgramSummary> find(UUID programId) {
        return RequestMemo.get(new One(programId), () -> programs.findWithDetails(programId).map(ProgramSummary::of));
    }

    private record Visible(AccessScope scope) {
    }

    private record One(UUID programId) {
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
