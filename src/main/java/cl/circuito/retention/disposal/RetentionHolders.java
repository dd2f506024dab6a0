package cl.circuito.retention.disposal;

import cl.circuito.mesas.MesaAccess;
import cl.circuito.mesas.MesaDirectory;
import cl.circuito.mesas.MesaHeader;
import cl.circuito.mesas.MesaHeaders;
import cl.circuito.mesas.MesaStanding;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.privacy.RecordKind;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Who may see a holder's retention: a program's readers in its scope; whoever sets a Mesa up. */
@Component
class RetentionHolders {

    private final ProgramDirectory programs;
    private final MesaAccess mesaAccess;
    private final MesaHeaders mesaHeaders;
    private final MesaDirectory mesas;

    RetentionHolders(ProgramDirectory programs, MesaAccess mesaAccess, MesaHeaders mesaHeaders, MesaDirectory mesas) {
        this.mesas = mesas;
        this.programs = programs;
        this.mesaAccess = mesaAccess;
        this.mesaHeaders = mesaHeaders;
    }

    RetentionHolder resolve(Actor actor, RecordKind.Holder holder, UUID id) {
        return switch (holder) {
            case PROGRAM -> program(actor, id);
            case MESA -> mesa(actor, id);
            case NETWORK -> throw new NotFound("retention");
        };
    }

    /** The names of the programs and Mesas these acts were for, a query each, not one per act. */
    Map<UUID, String> names(List<DisposalAct> acts) {
        Map<UUID, String> names = new HashMap<>();
        List<UUID> programIds = acts.stream().filter(a -> a.holder() == RecordKind.Holder.PROGRAM)
                .map(DisposalAct::holderId).distinct().toList();
        programs.summaries(programIds).forEach(p -> names.put(p.id(), p.name()));
        List<UUID> mesaIds = acts.stream().filter(a -> a.holder() == RecordKind.Holder.MESA)
                .map(DisposalAct::holderId).distinct().toList();
        names.putAll(mesas.names(mesaIds));
        return names;
    }

    private RetentionHolder program(Actor actor, UUID programId) {
        actor.require(Permission.READ_CHILD_RECORDS);
        ProgramSummary program = programs.get(programId, actor.scope());
        return new RetentionHolder(RecordKind.Holder.PROGRAM, program.id(), program.name(),
                program.institutionName() + " · " + program.comunaName(), actor.can(Permission.DISPOSE_RECORDS));
    }

    private RetentionHolder mesa(Actor actor, UUID mesaId) {
        MesaStanding standing = mesaAccess.standing(actor, mesaId);
        // Whoever may set the Mesa up disposes of its closed cases: its co-facilitators, the administrator, the
        // region's territorial manager (who see the cases without initials). Other members and the national team: 403.
        standing.requireSetUp();
        MesaHeader header = mesaHeaders.of(actor, mesaId);
        return new RetentionHolder(RecordKind.Holder.MESA, mesaId, header.name(),
                header.comunaName() + ", " + header.regionName(), true);
    }
}
