package cl.circuito.mesas.mesa;

import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.identity.TerritorialManagers;
import cl.circuito.mesas.MemberKind;
import cl.circuito.mesas.MesaAccess;
import cl.circuito.mesas.Participation;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.Versions;
import cl.circuito.shared.security.AccessDenied;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static cl.circuito.audit.AuditField.COMUNA;
import static cl.circuito.audit.AuditField.CO_FACILITATOR;
import static cl.circuito.audit.AuditField.FOUNDED_ON;
import static cl.circuito.audit.AuditField.LEFT_ON;
import static cl.circuito.audit.AuditField.MEMBER;
import static cl.circuito.audit.AuditField.NAME;
import static cl.circuito.audit.AuditField.PARTICIPATION;
import static cl.circuito.audit.AuditField.REASON;
import static cl.circuito.audit.AuditField.REPRESENTATIVE;
import static cl.circuito.audit.AuditField.UNTIL;

/**
 * Founding a Mesa and forming it: its settings, members and their representatives. The founding is the
 * admin's or the region's territorial manager's; the rest also the co-facilitators'.
 *
 * <p>Longer than our services usually are because founding, settings, members and representatives share the Mesa's
 * standing rules and its version; each verb is a short audited transaction.
 */
@Service
public class MesaSetup {

    private final Mesas mesas;
    private final MesaMembers members;
    private final FirstSessions sessions;
    private final MesaAccess access;
    private final Clock clock;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final TerritorialManagers territorialManagers;

    MesaSetup(Mesas mesas, MesaMembers members, FirstSessions sessions, MesaAccess access, Clock clock,
              AuditTrail audit, JdbcClient jdbc, TerritorialManagers territorialManagers) {
        this.mesas = mesas;
        this.members = members;
        this.sessions = sessions;
        this.access = access;
        this.clock = clock;
        this.audit = audit;
        this.jdbc = jdbc;
        this.territorialManagers = territorialManagers;
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
        // Flushed: the standing of the members joined next is read with SQL.
        Mesa mesa = mesas.saveAndFlush(Mesa.found(comunaCode, settings, actor.displayName(), clock.instant()));
        MesaAudit.changed(audit, actor, mesa.id(), "mesamembers.audit.founded", AuditDetails.of(COMUNA, comunaCode)
                .with(NAME, mesa.name()).with(FOUNDED_ON, mesa.foundedOn()));
        return mesa;
    }

    @Transactional
    public Mesa change(Actor actor, UUID mesaId, Long version, Mesa.Settings settings) {
        access.standing(actor, mesaId).requireSetUp();
        Mesa mesa = mesas.findById(mesaId).orElseThrow(() -> new NotFound("mesa"));
        Versions.require(mesa.version(), version);
        Mesa.Settings before = MesaAudit.settingsOf(mesa);
        mesa.change(settings, sessions.firstSessionOn(mesaId), actor.displayName(), clock.instant());
        MesaAudit.changed(audit, actor, mesaId, "mesamembers.audit.settings",
                MesaAudit.diff(before, MesaAudit.settingsOf(mesa)));
        mesas.flush();
        return mesa;
    }

    /** Adds a member (a program or institution already a current member is refused on {@code name}). */
    @Transactional
    public MesaMember join(Actor actor, UUID mesaId, MesaMember.Identity who, Participation participation,
                           boolean coFacilitator, LocalDate joinedOn, String notes) {
        access.standing(actor, mesaId).requireSetUp();
        Mesa mesa = mesas.findById(mesaId).orElseThrow(() -> new NotFound("mesa"));
        boolean duplicate = members.findCurrent(mesaId).stream().anyMatch(m -> m.kind() == who.kind()
                && Objects.equals(m.programId(), who.programId())
                && Objects.equals(m.institutionId(), who.institutionId())
                && Objects.equals(m.userId(), who.userId())
                && (who.kind() != MemberKind.SECTOR || m.name().equalsIgnoreCase(who.name().strip())));
        if (duplicate) {
            throw MesaRuleViolation.invalid("name", "mesas.error.alreadyMember");
        }
        MesaMember member = members.save(MesaMember.join(mesa, who, participation, coFacilitator, joinedOn, notes,
                actor.displayName(), clock.instant()));
        MesaAudit.changed(audit, actor, mesaId, "mesamembers.audit.joined", AuditDetails.of(MEMBER, member.name())
                .with(PARTICIPATION, participation).with(CO_FACILITATOR, coFacilitator));
        return member;
    }

    @Transactional
    public Representative addRepresentative(Actor actor, UUID mesaId, UUID memberId, Representative.Contact contact,
                                            LocalDate since) {
        access.standing(actor, mesaId).requireSetUp();
        MesaMember member = members.findByIdAndMesaId(memberId, mesaId).orElseThrow(() -> new NotFound("mesaMember"));
        if (since == null) {
            throw MesaRuleViolation.invalid("since", "mesas.error.required.since");
        }
        Representative representative = member.addRepresentative(contact, since, actor.displayName(), clock.instant());
        members.flush();
        MesaAudit.changed(audit, actor, mesaId, "mesamembers.audit.representativeAdded",
                AuditDetails.of(MEMBER, member.name()).withPresent(REPRESENTATIVE, representative.fullName()));
        return representative;
    }

    // --- mesa-setup helper: founding with co-facilitators, membership changes, representatives ---

    /**
     * Founds the Mesa with its first co-facilitators: programs of the comuna (by default its OPD and EDT) and,
     * where the OPD is not yet in the circuit, the region's territorial manager(s). Null lists take the defaults.
     */
    @Transactional
    public Mesa foundWithCoFacilitators(Actor actor, String comunaCode, Mesa.Settings settings,
                                        Collection<UUID> programIds, Collection<UUID> managerIds) {
        Mesa mesa = found(actor, comunaCode, settings);
        List<CoFacilitatorCandidate> candidates = coFacilitatorCandidates(comunaCode);
        Set<UUID> programs = programIds == null ? candidatesOf(candidates, MemberKind.PROGRAM, true)
                : Set.copyOf(programIds);
        Set<UUID> managers = managerIds == null ? candidatesOf(candidates, MemberKind.TERRITORIAL_MANAGER, true)
                : Set.copyOf(managerIds);
        if (!candidates.isEmpty() && programs.isEmpty() && managers.isEmpty()) {
            throw MesaRuleViolation.invalid("coFacilitators", "mesamembers.error.required.coFacilitators");
        }
        for (UUID id : programs) {
            CoFacilitatorCandidate c = candidate(candidates, MemberKind.PROGRAM, id);
            join(actor, mesa.id(), MesaMember.Identity.program(id, c.name()), Participation.PERMANENT, true,
                    mesa.foundedOn(), null);
        }
        for (UUID id : managers) {
            CoFacilitatorCandidate c = candidate(candidates, MemberKind.TERRITORIAL_MANAGER, id);
            join(actor, mesa.id(), MesaMember.Identity.territorialManager(id, c.name()), Participation.PERMANENT,
                    true, mesa.foundedOn(), null);
        }
        return mesa;
    }

    /** Who may co-facilitate from the founding, and whether the founding proposes them (see {@link #foundWithCoFacilitators}). */
    public record CoFacilitatorCandidate(MemberKind kind, UUID id, String name, String modality, boolean proposed) {
    }

    @Transactional(readOnly = true)
    public List<CoFacilitatorCandidate> coFacilitatorCandidates(String comunaCode) {
        List<CoFacilitatorCandidate> programs = jdbc.sql("""
                        select p.id, p.name, p.modality_code from program p
                         where p.comuna_code = :comuna and p.active and p.modality_code in ('OPD', 'EDT')
                         order by p.modality_code desc, p.name""")
                .param("comuna", comunaCode)
                .query((rs, n) -> new CoFacilitatorCandidate(MemberKind.PROGRAM, rs.getObject("id", UUID.class),
                        rs.getString("name"), rs.getString("modality_code"), true))
                .list();
        boolean hasOpd = programs.stream().anyMatch(p -> "OPD".equals(p.modality()));
        List<CoFacilitatorCandidate> managers = territorialManagers.ofRegion(regionOf(comunaCode)).stream()
                .map(m -> new CoFacilitatorCandidate(MemberKind.TERRITORIAL_MANAGER, m.userId(), m.fullName(), null,
                        !hasOpd))
                .toList();
        List<CoFacilitatorCandidate> all = new ArrayList<>(programs);
        all.addAll(managers);
        return all;
    }

    private static Set<UUID> candidatesOf(List<CoFacilitatorCandidate> candidates, MemberKind kind,
                                                    boolean proposedOnly) {
        Set<UUID> ids = new LinkedHashSet<>();
        candidates.stream().filter(c -> c.kind() == kind && (!proposedOnly || c.proposed())).forEach(c -> ids.add(c.id()));
        return ids;
    }

    private static CoFacilitatorCandidate candidate(List<CoFacilitatorCandidate> candidates, MemberKind kind,
                                                    UUID id) {
        return candidates.stream().filter(c -> c.kind() == kind && c.id().equals(id)).findFirst()
                .orElseThrow(() -> MesaRuleViolation.invalid("coFacilitators", "mesamembers.error.notACandidate"));
    }

    /** Who a new member is, as a form says it: the kind and the reference it needs, and the name the Mesa uses. */
    public record NewMember(MemberKind kind, UUID programId, UUID institutionId, String sectorCode, UUID userId,
                            String name, Participation participation, boolean coFacilitator, LocalDate joinedOn,
                            String notes) {
    }

    /** Adds a member: the reference must exist (a program, an institution, a sector, a territorial manager of the region). */
    @Transactional
    public MesaMember addMember(Actor actor, UUID mesaId, NewMember m) {
        access.standing(actor, mesaId).requireSetUp();
        if (m.kind() == null) {
            throw MesaRuleViolation.invalid("kind", "mesamembers.error.required.kind");
        }
        MesaMember.Identity who;
        switch (m.kind()) {
            case PROGRAM:
                String program = reference("select name from program where id = :id", m.programId(), "programId",
                        "mesamembers.error.required.program");
                who = MesaMember.Identity.program(m.programId(), orDefault(m.name(), program));
                break;
            case INSTITUTION:
                String institution = reference("select name from institution where id = :id", m.institutionId(),
                        "institutionId", "mesamembers.error.required.institution");
                who = MesaMember.Identity.institution(m.institutionId(), orDefault(m.name(), institution));
                break;
            case SECTOR:
                if (m.sectorCode() == null || m.sectorCode().isBlank() || jdbc.sql(
                        "select count(*) from modality where code = :code and kind = 'SECTOR'").param("code", m.sectorCode())
                        .query(Integer.class).single() == 0) {
                    throw MesaRuleViolation.invalid("sectorCode", "mesamembers.error.required.sector");
                }
                String sector = jdbc.sql("select name from modality where code = :code").param("code", m.sectorCode())
                        .query(String.class).single();
                who = MesaMember.Identity.sector(m.sectorCode(), orDefault(m.name(), sector));
                break;
            default:
                String manager = m.userId() == null ? null : territorialManagers
                        .inRegion(m.userId(), regionOfMesa(mesaId))
                        .map(TerritorialManagers.Manager::fullName).orElse(null);
                if (manager == null) {
                    throw MesaRuleViolation.invalid("userId", "mesamembers.error.required.manager");
                }
                who = MesaMember.Identity.territorialManager(m.userId(), orDefault(m.name(), manager));
        }
        if (who.name().strip().length() > Mesa.MAX_NAME) {
            throw MesaRuleViolation.invalid("name", "mesas.error.tooLong", Mesa.MAX_NAME);
        }
        if (m.notes() != null && m.notes().strip().length() > MesaMember.MAX_TEXT) {
            throw MesaRuleViolation.invalid("notes", "mesas.error.tooLong", MesaMember.MAX_TEXT);
        }
        if (m.joinedOn() != null) {
            mesas.findById(mesaId).orElseThrow(() -> new NotFound("mesa")).requireFounded(m.joinedOn(), "joinedOn");
        }
        return join(actor, mesaId, who, m.participation(), m.coFacilitator(), m.joinedOn(), m.notes());
    }

    private String reference(String sql, UUID id, String field, String key) {
        String name = id == null ? null : jdbc.sql(sql).param("id", id).query(String.class).optional().orElse(null);
        if (name == null) {
            throw MesaRuleViolation.invalid(field, key);
        }
        return name;
    }

    private static String orDefault(String name, String fallback) {
        return name == null || name.isBlank() ? fallback : name.strip();
    }

    @Transactional
    public MesaMember changeParticipation(Actor actor, UUID mesaId, UUID memberId, Long version,
                                          Participation participation) {
        MesaMember member = memberToSetUp(actor, mesaId, memberId, version);
        Participation before = member.participation();
        member.changeParticipation(participation, today(), actor.displayName(), clock.instant());
        members.flush();
        MesaAudit.changed(audit, actor, mesaId, "mesamembers.audit.participation",
                AuditDetails.of(MEMBER, member.name()).withChange(PARTICIPATION, before, participation));
        return member;
    }

    /** Makes or unmakes a co-facilitator; the Mesa always keeps at least one. */
    @Transactional
    public MesaMember changeCoFacilitation(Actor actor, UUID mesaId, UUID memberId, Long version, boolean coFacilitator) {
        MesaMember member = memberToSetUp(actor, mesaId, memberId, version);
        if (!coFacilitator && member.coFacilitator()) {
            requireAnotherCoFacilitator(mesaId, member);
        }
        member.changeCoFacilitation(coFacilitator, today(), actor.displayName(), clock.instant());
        members.flush();
        MesaAudit.changed(audit, actor, mesaId, "mesamembers.audit.coFacilitation",
                AuditDetails.of(MEMBER, member.name()).with(CO_FACILITATOR, coFacilitator));
        return member;
    }

    @Transactional
    public MesaMember leave(Actor actor, UUID mesaId, UUID memberId, Long version, LocalDate on, String reason) {
        MesaMember member = memberToSetUp(actor, mesaId, memberId, version);
        if (member.coFacilitator()) {
            requireAnotherCoFacilitator(mesaId, member);
        }
        if (reason != null && reason.strip().length() > 500) {
            throw MesaRuleViolation.invalid("leftReason", "mesas.error.tooLong", 500);
        }
        member.leave(on, reason, actor.displayName(), clock.instant());
        members.flush();
        MesaAudit.changed(audit, actor, mesaId, "mesamembers.audit.left", AuditDetails.of(MEMBER, member.name())
                .with(LEFT_ON, on).withPresent(REASON, member.leftReason()));
        return member;
    }

    @Transactional
    public Representative updateRepresentative(Actor actor, UUID mesaId, UUID memberId, UUID representativeId,
                                               Long version, Representative.Contact contact) {
        access.standing(actor, mesaId).requireSetUp();
        MesaMember member = members.findByIdAndMesaId(memberId, mesaId).orElseThrow(() -> new NotFound("mesaMember"));
        Representative representative = member.updateRepresentative(representativeId, version, contact, today(),
                actor.displayName(), clock.instant());
        members.flush();
        MesaAudit.changed(audit, actor, mesaId, "mesamembers.audit.representativeUpdated",
                AuditDetails.of(MEMBER, member.name()).withPresent(REPRESENTATIVE, representative.fullName()));
        return representative;
    }

    @Transactional
    public void endRepresentative(Actor actor, UUID mesaId, UUID memberId, UUID representativeId, Long version,
                                  LocalDate until) {
        access.standing(actor, mesaId).requireSetUp();
        MesaMember member = members.findByIdAndMesaId(memberId, mesaId).orElseThrow(() -> new NotFound("mesaMember"));
        member.endRepresentative(representativeId, version, until, actor.displayName(), clock.instant());
        members.flush();
        MesaAudit.changed(audit, actor, mesaId, "mesamembers.audit.representativeEnded",
                AuditDetails.of(MEMBER, member.name()).with(REPRESENTATIVE, representativeId).with(UNTIL, until));
    }

    private MesaMember memberToSetUp(Actor actor, UUID mesaId, UUID memberId, Long version) {
        access.standing(actor, mesaId).requireSetUp();
        MesaMember member = members.findByIdAndMesaId(memberId, mesaId).orElseThrow(() -> new NotFound("mesaMember"));
        Versions.require(member.version(), version);
        return member;
    }

    private void requireAnotherCoFacilitator(UUID mesaId, MesaMember member) {
        boolean another = members.findCurrent(mesaId).stream()
                .anyMatch(m -> m.coFacilitator() && !m.id().equals(member.id()));
        if (!another) {
            throw MesaRuleViolation.invalid("coFacilitator", "mesamembers.error.lastCoFacilitator", member.name());
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- end mesa-setup helper ---

    private String regionOf(String comunaCode) {
        return jdbc.sql("select region_code from comuna where code = :comuna").param("comuna", comunaCode)
                .query(String.class).optional().orElse(null);
    }

    private String regionOfMesa(UUID mesaId) {
        return jdbc.sql("select c.region_code from mesa m join comuna c on c.code = m.comuna_code where m.id = :mesa")
                .param("mesa", mesaId).query(String.class).optional().orElse(null);
    }
}
