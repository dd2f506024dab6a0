package cl.circuito.networkmap.map;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditField;
import cl.circuito.audit.AuditTrail;
import cl.circuito.mesas.MesaAccess;
import cl.circuito.mesas.MesaDirectory;
import cl.circuito.mesas.Participation;
import cl.circuito.networkmap.ProtocolFigures;
import cl.circuito.networkmap.map.NetworkMapView.ActorRow;
import cl.circuito.networkmap.map.NetworkMapView.NoteRow;
import cl.circuito.networkmap.map.NetworkMapView.TieRow;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.Versions;
import cl.circuito.shared.security.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static cl.circuito.audit.AuditField.FROM;
import static cl.circuito.audit.AuditField.KIND;
import static cl.circuito.audit.AuditField.MEMBER_ID;
import static cl.circuito.audit.AuditField.MESA_ID;
import static cl.circuito.audit.AuditField.NAME;
import static cl.circuito.audit.AuditField.PROTOCOL_ID;
import static cl.circuito.audit.AuditField.ROLE;
import static cl.circuito.audit.AuditField.SECTOR_CODE;
import static cl.circuito.audit.AuditField.TIE;
import static cl.circuito.audit.AuditField.TIES;
import static cl.circuito.audit.AuditField.TO;
import static cl.circuito.audit.AuditField.WRITTEN_ON;

/**
 * A Mesa's network map: everyone with standing reads it; its co-facilitators place, describe and remove actors,
 * tie them, bring the Mesa's members in, write the diagnosis notes and arrange the drawing.
 *
 * <p>Longer than our services usually are because the map's page has many small verbs (actors, ties, notes, the
 * drawing), each a short audited transaction of the same shape behind one standing rule; split by verb, that rule
 * would be repeated in each piece.
 */
@Service
public class NetworkMaps {

    static final String ACTOR_SUBJECT = "MESA_NETWORK_ACTOR";
    static final String TIE_SUBJECT = "MESA_NETWORK_TIE";
    static final String NOTE_SUBJECT = "MESA_NETWORK_NOTE";

    private static final String ACTORS = """
            select a.id, a.version, a.name, a.kind, a.sector_code, s.name as sector_name, a.program_id,
                   a.institution_id, a.member_id, coalesce(p.name, i.name) as link_name, a.role,
                   a.role_description, a.tie, a.position_x, a.position_y,
                   (select count(*) from network_tie t
                     where t.from_actor_id = a.id or t.to_actor_id = a.id) as ties
              from network_actor a
              left join modality s on s.code = a.sector_code
              left join program p on p.id = a.program_id
              left join institution i on i.id = a.institution_id
             where a.mesa_id = :mesa and (cast(:id as uuid) is null or a.id = :id)
             order by case a.tie when 'PERMANENT' then 0 when 'OCCASIONAL' then 1 when 'STRATEGIC' then 2 else 3 end,
                      lower(a.name)""";

    private final MesaAccess access;
    private final MesaDirectory directory;
    private final NetworkActors actors;
    private final NetworkTies ties;
    private final NetworkNotes notes;
    private final ProtocolRepository protocols;
    private final ProtocolFigures figures;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    NetworkMaps(MesaAccess access, MesaDirectory directory, NetworkActors actors, NetworkTies ties, NetworkNotes notes,
                ProtocolRepository protocols, ProtocolFigures figures, AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.access = access;
        this.directory = directory;
        this.actors = actors;
        this.ties = ties;
        this.notes = notes;
        this.protocols = protocols;
        this.figures = figures;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // --- reading ---

    /** The whole map: three queries (actors with their tie counts, ties, notes) and the protocols in force. */
    @Transactional(readOnly = true)
    public NetworkMapView map(Actor actor, UUID mesaId) {
        access.standing(actor, mesaId).requireRead();
        List<TieRow> tieRows = jdbc.sql("""
                        select t.id, t.version, t.from_actor_id, f.name as from_name, t.to_actor_id, o.name as to_name, t.kind,
                               t.protocol_id, p.title as protocol_title, p.status as protocol_status, t.note
                          from network_tie t
                          join network_actor f on f.id = t.from_actor_id
                          join network_actor o on o.id = t.to_actor_id
                          left join mesa_protocol p on p.id = t.protocol_id
                         where t.mesa_id = :mesa
                         order by lower(f.name), lower(o.name), t.kind""")
                .param("mesa", mesaId)
                .query((rs, n) -> new TieRow(rs.getObject("id", UUID.class), rs.getLong("version"),
                        rs.getObject("from_actor_id", UUID.class),
                        rs.getString("from_name"), rs.getObject("to_actor_id", UUID.class), rs.getString("to_name"),
                        TieKind.valueOf(rs.getString("kind")), rs.getObject("protocol_id", UUID.class),
                        rs.getString("protocol_title"),
                        rs.getString("protocol_status") == null ? null : ProtocolStatus.valueOf(rs.getString("protocol_status")),
                        rs.getString("note")))
                .list();
        List<NoteRow> noteRows = jdbc.sql("""
                        select id, written_on, text, author_name from network_note where mesa_id = :mesa
                         order by written_on desc, created_at desc limit 200""")
                .param("mesa", mesaId)
                .query((rs, n) -> new NoteRow(rs.getObject("id", UUID.class), rs.getObject("written_on", LocalDate.class),
                        rs.getString("text"), rs.getString("author_name")))
                .list();
        int inForce = figures.inForce(Set.of(mesaId), LocalDate.now(clock)).getOrDefault(mesaId, 0);
        return new NetworkMapView(mesaId, actorRows(mesaId, null), tieRows, noteRows, inForce);
    }

    @Transactional(readOnly = true)
    public ActorRow actor(Actor actor, UUID mesaId, UUID actorId) {
        access.standing(actor, mesaId).requireRead();
        return actorRows(mesaId, actorId).stream().findFirst().orElseThrow(() -> new NotFound("networkActor"));
    }

    /** The map's actors; one linked to a member is named after it (the Mesa's directory knows its members). */
    private List<ActorRow> actorRows(UUID mesaId, UUID actorId) {
        Map<UUID, String> members = directory.memberNames(mesaId);
        return jdbc.sql(ACTORS).param("mesa", mesaId).param("id", actorId)
                .query((rs, n) -> new ActorRow(rs.getObject("id", UUID.class), rs.getLong("version"),
                        rs.getString("name"), ActorKind.valueOf(rs.getString("kind")), rs.getString("sector_code"),
                        rs.getString("sector_name"), rs.getObject("program_id", UUID.class),
                        rs.getObject("institution_id", UUID.class), rs.getObject("member_id", UUID.class),
                        linkName(rs.getString("link_name"), members, rs.getObject("member_id", UUID.class)),
                        rs.getString("role") == null ? null : CircuitRole.valueOf(rs.getString("role")),
                        rs.getString("role_description"), MesaTie.valueOf(rs.getString("tie")),
                        (Double) rs.getObject("position_x"), (Double) rs.getObject("position_y"), rs.getInt("ties")))
                .list();
    }

    // --- actors ---

    @Transactional
    public NetworkActor place(Actor actor, UUID mesaId, NetworkActor.Details details) {
        access.standing(actor, mesaId).requireEdit();
        requireReferences(mesaId, details);
        requireUniqueName(mesaId, details.name(), null);
        NetworkActor placed = actors.saveAndFlush(NetworkActor.place(mesaId, details, actor.displayName(), clock.instant()));
        changed(actor, ACTOR_SUBJECT, placed.id(), "networkmap.audit.actorPlaced", describe(placed));
        return placed;
    }

    @Transactional
    public NetworkActor describe(Actor actor, UUID mesaId, UUID actorId, Long version, NetworkActor.Details details) {
        access.standing(actor, mesaId).requireEdit();
        NetworkActor found = actors.findByIdAndMesaId(actorId, mesaId).orElseThrow(() -> new NotFound("networkActor"));
        Versions.require(found.version(), version);
        requireReferences(mesaId, details);
        requireUniqueName(mesaId, details.name(), actorId);
        found.describe(details, actor.displayName(), clock.instant());
        actors.flush();
        changed(actor, ACTOR_SUBJECT, found.id(), "networkmap.audit.actorChanged", describe(found));
        return found;
    }

    /** Removes the actor and every tie it has (said in the confirmation); returns how many ties went with it. */
    @Transactional
    public int remove(Actor actor, UUID mesaId, UUID actorId, Long version) {
        access.standing(actor, mesaId).requireEdit();
        NetworkActor found = actors.findByIdAndMesaId(actorId, mesaId).orElseThrow(() -> new NotFound("networkActor"));
        Versions.require(found.version(), version);
        int removedTies = jdbc.sql("delete from network_tie where from_actor_id = :id or to_actor_id = :id")
                .param("id", actorId).update();
        actors.delete(found);
        actors.flush();
        changed(actor, ACTOR_SUBJECT, found.id(), "networkmap.audit.actorRemoved",
                describe(found).with(TIES, removedTies));
        return removedTies;
    }

    /**
     * One actor per current member of the Mesa not yet on the map, tied as it takes part (permanent or
     * occasional) and linked to the member; members already on the map are left as they are (idempotent).
     * @return how many actors were added
     */
    @Transactional
    public int incorporateMembers(Actor actor, UUID mesaId) {
        access.standing(actor, mesaId).requireEdit();
        Set<UUID> already = Set.copyOf(jdbc.sql("select member_id from network_actor where mesa_id = :mesa and member_id is not null")
                .param("mesa", mesaId).query(UUID.class).list());
        Set<String> names = Set.copyOf(jdbc.sql("select lower(name) from network_actor where mesa_id = :mesa")
                .param("mesa", mesaId).query(String.class).list());
        int added = 0;
        for (MesaDirectory.MemberRow m : directory.currentMembers(actor, mesaId)) {
            if (already.contains(m.id())) {
                continue;
            }
            // A member placed by hand under its own name is linked instead of doubled.
            if (names.contains(m.name().strip().toLowerCase(Locale.ROOT))) {
                jdbc.sql("""
                                update network_actor set member_id = :member, tie = :tie, version = version + 1
                                 where mesa_id = :mesa and lower(name) = lower(:name) and member_id is null""")
                        .param("member", m.id()).param("tie", tieOf(m.participation()).name())
                        .param("mesa", mesaId).param("name", m.name().strip()).update();
                continue;
            }
            NetworkActor.Details details = new NetworkActor.Details(m.name(), kindOf(m.kind()), m.sectorCode(), null,
                    null, m.id(), m.coFacilitator() ? CircuitRole.COORDINATES : roleOf(m.kind()), null,
                    tieOf(m.participation()));
            NetworkActor placed = actors.save(NetworkActor.place(mesaId, details, actor.displayName(), clock.instant()));
            changed(actor, ACTOR_SUBJECT, placed.id(), "networkmap.audit.memberIncorporated", describe(placed));
            added++;
        }
        actors.flush();
        return added;
    }

    private static MesaTie tieOf(Participation participation) {
        return participation == Participation.PERMANENT ? MesaTie.PERMANENT : MesaTie.OCCASIONAL;
    }

    private static ActorKind kindOf(cl.circuito.mesas.MemberKind kind) {
        switch (kind) {
            case PROGRAM:
                return ActorKind.PROGRAM;
            case INSTITUTION:
                return ActorKind.INSTITUTION;
            case SECTOR:
                return ActorKind.SECTOR;
            default:
                return ActorKind.OTHER;
        }
    }

    private static CircuitRole roleOf(cl.circuito.mesas.MemberKind kind) {
        switch (kind) {
            case PROGRAM:
                return CircuitRole.ATTENDS;
            case TERRITORIAL_MANAGER:
                return CircuitRole.COORDINATES;
            default:
                return CircuitRole.REFERS;
        }
    }

    // --- ties ---

    @Transactional
    public NetworkTie connect(Actor actor, UUID mesaId, NetworkTie.Details details) {
        access.standing(actor, mesaId).requireEdit();
        NetworkTie tie = NetworkTie.connect(mesaId, details, actor.displayName(), clock.instant());
        NetworkActor from = actors.findByIdAndMesaId(details.fromActorId(), mesaId)
                .orElseThrow(() -> NetworkRuleViolation.invalid("fromActorId", "networkmap.error.actorNotOnMap"));
        NetworkActor to = actors.findByIdAndMesaId(details.toActorId(), mesaId)
                .orElseThrow(() -> NetworkRuleViolation.invalid("toActorId", "networkmap.error.actorNotOnMap"));
        if (details.protocolId() != null && protocols.findByIdAndMesaId(details.protocolId(), mesaId).isEmpty()) {
            throw NetworkRuleViolation.invalid("protocolId", "networkmap.error.protocolNotOfMesa");
        }
        boolean exists = jdbc.sql("""
                        select exists (select 1 from network_tie where kind = :kind
                           and ((from_actor_id = :a and to_actor_id = :b) or (from_actor_id = :b and to_actor_id = :a)))""")
                .param("kind", details.kind().name()).param("a", from.id()).param("b", to.id())
                .query(Boolean.class).single();
        if (exists) {
            throw NetworkRuleViolation.invalid("toActorId", "networkmap.error.duplicateTie");
        }
        NetworkTie saved = ties.saveAndFlush(tie);
        changed(actor, TIE_SUBJECT, saved.id(), "networkmap.audit.tieAdded", AuditDetails.of(FROM, from.name())
                .with(TO, to.name()).with(KIND, saved.kind()).withPresent(PROTOCOL_ID, saved.protocolId()));
        return saved;
    }

    @Transactional
    public void disconnect(Actor actor, UUID mesaId, UUID tieId, Long version) {
        access.standing(actor, mesaId).requireEdit();
        NetworkTie tie = ties.findByIdAndMesaId(tieId, mesaId).orElseThrow(() -> new NotFound("networkTie"));
        Versions.require(tie.version(), version);
        ties.delete(tie);
        ties.flush();
        changed(actor, TIE_SUBJECT, tie.id(), "networkmap.audit.tieRemoved", AuditDetails.of(FROM, tie.fromActorId())
                .with(TO, tie.toActorId()).with(KIND, tie.kind()));
    }

    // --- notes and layout ---

    @Transactional
    public NetworkNote writeNote(Actor actor, UUID mesaId, String text) {
        access.standing(actor, mesaId).requireEdit();
        NetworkNote note = notes.saveAndFlush(NetworkNote.write(mesaId, text, actor.displayName(), LocalDate.now(clock),
                clock.instant()));
        changed(actor, NOTE_SUBJECT, note.id(), "networkmap.audit.noteWritten", AuditDetails.of(MESA_ID, mesaId)
                .with(WRITTEN_ON, note.writtenOn()));
        return note;
    }

    public record Position(UUID actorId, double x, double y) {
    }

    /**
     * Where the actors are drawn. Not a change of what the map says, so it does not touch the actors' versions
     * (a drag must not make someone's open form stale); actors of another Mesa are ignored.
     * @return how many actors were moved
     */
    @Transactional
    public int arrange(Actor actor, UUID mesaId, List<Position> positions) {
        access.standing(actor, mesaId).requireEdit();
        int moved = 0;
        for (Position p : positions) {
            if (p.actorId() == null || !Double.isFinite(p.x()) || !Double.isFinite(p.y())) {
                throw NetworkRuleViolation.invalid("positions", "networkmap.error.positions");
            }
        }
        for (Position p : positions) {
            moved += jdbc.sql("update network_actor set position_x = :x, position_y = :y where id = :id and mesa_id = :mesa")
                    .param("x", p.x()).param("y", p.y()).param("id", p.actorId()).param("mesa", mesaId).update();
        }
        if (moved > 0) {
            changed(actor, ACTOR_SUBJECT, mesaId, "networkmap.audit.arranged",
                    AuditDetails.of(AuditField.ACTORS, moved));
        }
        return moved;
    }

    // --- rules against the database ---

    private void requireUniqueName(UUID mesaId, String name, UUID exceptId) {
        if (name == null || name.isBlank()) {
            return;
        }
        boolean taken = jdbc.sql("""
                        select exists (select 1 from network_actor where mesa_id = :mesa and lower(name) = lower(:name)
                           and (cast(:except as uuid) is null or id <> :except))""")
                .param("mesa", mesaId).param("name", name.strip()).param("except", exceptId)
                .query(Boolean.class).single();
        if (taken) {
            throw NetworkRuleViolation.invalid("name", "networkmap.error.duplicateName", name.strip());
        }
    }

    private void requireReferences(UUID mesaId, NetworkActor.Details d) {
        if (d.sectorCode() != null && !d.sectorCode().isBlank() && !exists(
                "select exists (select 1 from modality where code = :v and kind = 'SECTOR')", d.sectorCode())) {
            throw NetworkRuleViolation.invalid("sectorCode", "networkmap.error.unknownSector");
        }
        if (d.programId() != null && !exists("select exists (select 1 from program where id = :v)", d.programId())) {
            throw NetworkRuleViolation.invalid("programId", "networkmap.error.unknownProgram");
        }
        if (d.institutionId() != null
                && !exists("select exists (select 1 from institution where id = :v)", d.institutionId())) {
            throw NetworkRuleViolation.invalid("institutionId", "networkmap.error.unknownInstitution");
        }
        if (d.memberId() != null && !directory.memberNames(mesaId).containsKey(d.memberId())) {
            throw NetworkRuleViolation.invalid("memberId", "networkmap.error.notAMember");
        }
    }

    private static String linkName(String programOrInstitution, Map<UUID, String> members, UUID memberId) {
        return programOrInstitution != null || memberId == null ? programOrInstitution : members.get(memberId);
    }

    private boolean exists(String sql, Object value) {
        return jdbc.sql(sql).param("v", value).query(Boolean.class).single();
    }

    private void changed(Actor actor, String subject, UUID id, String what, AuditDetails details) {
        audit.changed(actor, AuditAction.CHANGED, new AuditTrail.Subject(subject, id, null), what, details);
    }

    private static AuditDetails describe(NetworkActor a) {
        return AuditDetails.of(MESA_ID, a.mesaId()).withPresent(NAME, a.name()).with(KIND, a.kind())
                .with(TIE, a.tie()).withPresent(ROLE, a.role()).withPresent(SECTOR_CODE, a.sectorCode())
                .withPresent(MEMBER_ID, a.memberId());
    }
}
