package cl.circuito.waitinglist.entry;

import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.security.Actor;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Loads an entry only through the asker's scope: another program's entry is simply not found. */
@Component
public class EntryAccess {

    private final WaitingListEntries entries;
    private final ProgramDirectory programs;

    EntryAccess(WaitingListEntries entries, ProgramDirectory programs) {
        this.entries = entries;
        this.programs = programs;
    }

    public WaitingListEntry load(Actor actor, UUID entryId) {
        Set<UUID> visible = programs.visibleIds(actor.scope());
        if (visible.isEmpty()) {
            throw new NotFound("entry");
        }
        return entries.findInPrograms(entryId, visible).orElseThrow(() -> new NotFound("entry"));
    }

    /** For a change: also checks that the form was based on the current version. */
    public WaitingListEntry loadForChange(Actor actor, UUID entryId, Long expectedVersion) {
        WaitingListEntry entry = load(actor, entryId);
        entry.requireVersion(expectedVersion);
        return entry;
    }

    /**
     * Names of the other programs where the child is waiting or active: the over-intervention signal.
     * Names only: what those programs hold is theirs.
     */
    public List<String> otherProgramsOf(UUID childId, UUID programId) {
        return entries.findOpenByChild(childId).stream()
                .map(WaitingListEntry::programId)
                .filter(other -> !other.equals(programId))
                .distinct()
                .flatMap(other -> programs.find(other).map(ProgramSummary::label).stream())
                .toList();
    }

    String comunaOf(WaitingListEntry entry) {
        return programs.find(entry.programId()).orElseThrow(() -> new NotFound("program")).comunaCode();
    }
}
