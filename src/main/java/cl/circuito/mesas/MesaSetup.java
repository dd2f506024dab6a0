package cl.circuito.mesas;

import cl.circuito.shared.NotFound;
import cl.circuito.shared.security.AccessDenied;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Founding a Mesa and forming it: its settings, members and their representatives. The founding is the
 * admin's or the region's territorial manager's; the rest also the co-facilitators'.
 */
@Service
public class MesaSetup {

    private final Mesas mesas;
    private final MesaMembers members;
    private final MesaSessions sessions;
    private final MesaAccess access;
    private final Clock clock;

    MesaSetup(Mesas mesas, MesaMembers members, MesaSessions sessions, MesaAccess access, Clock clock) {
        this.mesas = mesas;
        this.members = members;
        this.sessions = sessions;
        this.access = access;
        this.clock = clock;
    }

    /** Founds the Mesa of a comuna (one per comuna). */
    @Transactional
    public Mesa found(Actor actor, String comunaCode, Mesa.Settings settings) {
        actor.require(Permission.MANAGE_MESAS);
        if (comunaCode == null || comunaCode.isBlank()) {
            throw MesaRuleViolation.invalid("comunaCode", "mesas.error.required.comuna");
        }
        if (!access.mayFoundIn(actor, comunaCode)) {
            throw new AccessDenied(Permission.MANAGE_MESAS);
        }
        if (mesas.existsByComunaCode(comunaCode)) {
            throw MesaRuleViolation.invalid("comunaCode", "mesas.error.comunaHasMesa");
        }
        return mesas.save(Mesa.found(comunaCode, settings, actor.displayName(), clock.instant()));
    }

    @Transactional
    public Mesa change(Actor actor, UUID mesaId, long version, Mesa.Settings settings) {
        access.standing(actor, mesaId).requireSetUp();
        Mesa mesa = mesas.findById(mesaId).orElseThrow(() -> new NotFound("mesa"));
        Versions.require(mesa.version(), version);
        mesa.change(settings, sessions.firstSessionOn(mesaId), actor.displayName(), clock.instant());
        return mesa;
    }

    /** Adds a member (a program or institution already a current member is refused on {@code name}). */
    @Transactional
    public MesaMember join(Actor actor, UUID mesaId, MesaMember.Identity who, Participation participation,
                           boolean coFacilitator, LocalDate joinedOn, String notes) {
        access.standing(actor, mesaId).requireSetUp();
        Mesa mesa = mesas.findById(mesaId).orElseThrow(() -> new NotFound("mesa"));
        boolean duplicate = members.findCurrent(mesaId).stream().anyMatch(m -> m.kind() == who.kind()
                && java.util.Objects.equals(m.programId(), who.programId())
                && java.util.Objects.equals(m.institutionId(), who.institutionId())
                && java.util.Objects.equals(m.userId(), who.userId())
                && (who.kind() != MemberKind.SECTOR || m.name().equalsIgnoreCase(who.name().strip())));
        if (duplicate) {
            throw MesaRuleViolation.invalid("name", "mesas.error.alreadyMember");
        }
        return members.save(MesaMember.join(mesa, who, participation, coFacilitator, joinedOn, notes,
                actor.displayName(), clock.instant()));
    }

    @Transactional
    public Representative addRepresentative(Actor actor, UUID mesaId, UUID memberId, Representative.Contact contact,
                                            LocalDate since) {
        access.standing(actor, mesaId).requireSetUp();
        MesaMember member = members.findByIdAndMesaId(memberId, mesaId).orElseThrow(() -> new NotFound("mesaMember"));
        if (since == null) {
            throw MesaRuleViolation.invalid("since", "mesas.error.required.since");
        }
        Representative representative = member.addRepresentative(contact, since, clock.instant());
        members.flush();
        return representative;
    }
}
