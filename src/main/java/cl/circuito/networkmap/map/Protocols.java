package cl.circuito.networkmap.map;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.mesas.MesaAccess;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.Versions;
import cl.circuito.shared.security.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static cl.circuito.audit.AuditField.DOCUMENT;
import static cl.circuito.audit.AuditField.MESA_ID;
import static cl.circuito.audit.AuditField.STATUS;
import static cl.circuito.audit.AuditField.TITLE;

/**
 * The protocols a Mesa agreed with other sectors: everyone with standing reads them and their documents; the
 * co-facilitators record, correct, attach and move them through their statuses.
 */
@Service
public class Protocols {

    static final String SUBJECT = "MESA_PROTOCOL";

    private static final String LIST = """
            select p.id, p.version, p.title, p.parties, p.sector_code, s.name as sector_name, p.version_label, p.status,
                   p.agreed_on, p.valid_from, p.valid_until, p.notes, p.document_name,
                   octet_length(p.document_bytes) as document_size, p.updated_by_name
              from mesa_protocol p left join modality s on s.code = p.sector_code
             where p.mesa_id = :mesa and (cast(:id as uuid) is null or p.id = :id)
             order by case p.status when 'IN_FORCE' then 0 when 'UNDER_REVIEW' then 1 when 'DRAFT' then 2 else 3 end,
                      p.agreed_on desc nulls last, lower(p.title)""";

    private final MesaAccess access;
    private final ProtocolRepository protocols;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    Protocols(MesaAccess access, ProtocolRepository protocols, AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.access = access;
        this.protocols = protocols;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** In force first, then under review, drafts, expired. */
    @Transactional(readOnly = true)
    public List<ProtocolRow> list(Actor actor, UUID mesaId) {
        access.standing(actor, mesaId).requireRead();
        return rows(mesaId, null);
    }

    @Transactional(readOnly = true)
    public ProtocolRow protocol(Actor actor, UUID mesaId, UUID protocolId) {
        access.standing(actor, mesaId).requireRead();
        return rows(mesaId, protocolId).stream().findFirst().orElseThrow(() -> new NotFound("mesaProtocol"));
    }

    /** The attached document; 404 when the protocol has none. */
    @Transactional(readOnly = true)
    public ProtocolDocument document(Actor actor, UUID mesaId, UUID protocolId) {
        access.standing(actor, mesaId).requireRead();
        return jdbc.sql("""
                        select document_name, document_type, document_bytes from mesa_protocol
                         where id = :id and mesa_id = :mesa and document_bytes is not null""")
                .param("id", protocolId).param("mesa", mesaId)
                .query((rs, n) -> new ProtocolDocument(rs.getString("document_name"), rs.getString("document_type"),
                        rs.getBytes("document_bytes")))
                .optional().orElseThrow(() -> new NotFound("protocolDocument"));
    }

    private List<ProtocolRow> rows(UUID mesaId, UUID id) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql(LIST).param("mesa", mesaId).param("id", id)
                .query((rs, n) -> {
                    ProtocolStatus status = ProtocolStatus.valueOf(rs.getString("status"));
                    LocalDate from = rs.getObject("valid_from", LocalDate.class);
                    LocalDate until = rs.getObject("valid_until", LocalDate.class);
                    boolean inForce = status == ProtocolStatus.IN_FORCE && (from == null || !from.isAfter(today))
                            && (until == null || !until.isBefore(today));
                    return new ProtocolRow(rs.getObject("id", UUID.class), rs.getLong("version"), rs.getString("title"),
                            rs.getString("parties"), rs.getString("sector_code"), rs.getString("sector_name"),
                            rs.getString("version_label"), status, rs.getObject("agreed_on", LocalDate.class), from,
                            until, rs.getString("notes"), rs.getString("document_name"),
                            (Integer) rs.getObject("document_size"), rs.getString("updated_by_name"), inForce);
                })
                .list();
    }

    /** @param document null: none attached yet */
    @Transactional
    public MesaProtocol record(Actor actor, UUID mesaId, MesaProtocol.Details details, ProtocolStatus status,
                               ProtocolDocument document) {
        access.standing(actor, mesaId).requireEdit();
        requireSector(details.sectorCode());
        MesaProtocol protocol = MesaProtocol.draft(mesaId, details, status, actor.displayName(), clock.instant());
        if (document != null) {
            protocol.attach(document, actor.displayName(), clock.instant());
        }
        protocols.saveAndFlush(protocol);
        changed(actor, protocol, "networkmap.audit.protocolRecorded", document);
        return protocol;
    }

    /** @param document null: keep the one attached */
    @Transactional
    public MesaProtocol change(Actor actor, UUID mesaId, UUID protocolId, Long version, MesaProtocol.Details details,
                               ProtocolDocument document) {
        access.standing(actor, mesaId).requireEdit();
        MesaProtocol protocol = load(mesaId, protocolId);
        Versions.require(protocol.version(), version);
        requireSector(details.sectorCode());
        protocol.change(details, actor.displayName(), clock.instant());
        if (document != null) {
            protocol.attach(document, actor.displayName(), clock.instant());
        }
        protocols.flush();
        changed(actor, protocol, "networkmap.audit.protocolChanged", document);
        return protocol;
    }

    /** Attaches the document, or replaces the one attached. */
    @Transactional
    public MesaProtocol attach(Actor actor, UUID mesaId, UUID protocolId, Long version, ProtocolDocument document) {
        access.standing(actor, mesaId).requireEdit();
        MesaProtocol protocol = load(mesaId, protocolId);
        Versions.require(protocol.version(), version);
        protocol.attach(document, actor.displayName(), clock.instant());
        protocols.flush();
        changed(actor, protocol, "networkmap.audit.protocolChanged", document);
        return protocol;
    }

    @Transactional
    public MesaProtocol moveTo(Actor actor, UUID mesaId, UUID protocolId, Long version, ProtocolStatus status) {
        access.standing(actor, mesaId).requireEdit();
        MesaProtocol protocol = load(mesaId, protocolId);
        Versions.require(protocol.version(), version);
        ProtocolStatus before = protocol.status();
        protocol.moveTo(status, actor.displayName(), clock.instant());
        protocols.flush();
        audit.changed(actor, AuditAction.CHANGED, new AuditTrail.Subject(SUBJECT, protocol.id(), null),
                "networkmap.audit.protocolStatus", AuditDetails.of(MESA_ID, mesaId).with(TITLE, protocol.title())
                        .withChange(STATUS, before, status));
        return protocol;
    }

    private MesaProtocol load(UUID mesaId, UUID protocolId) {
        return protocols.findByIdAndMesaId(protocolId, mesaId).orElseThrow(() -> new NotFound("mesaProtocol"));
    }

    private void requireSector(String code) {
        if (code != null && !code.isBlank() && !jdbc.sql(
                        "select exists (select 1 from modality where code = :code and kind = 'SECTOR')")
                .param("code", code).query(Boolean.class).single()) {
            throw NetworkRuleViolation.invalid("sectorCode", "networkmap.error.unknownSector");
        }
    }

    private void changed(Actor actor, MesaProtocol protocol, String what, ProtocolDocument document) {
        audit.changed(actor, AuditAction.CHANGED, new AuditTrail.Subject(SUBJECT, protocol.id(), null), what,
                AuditDetails.of(MESA_ID, protocol.mesaId()).withPresent(TITLE, protocol.title())
                        .with(STATUS, protocol.status())
                        .withPresent(DOCUMENT, document == null ? null : document.fileName()));
    }
}
