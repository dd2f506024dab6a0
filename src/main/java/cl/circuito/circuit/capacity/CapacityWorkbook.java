package cl.circuito.circuit.capacity;

import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.identity.ExportQuota;
import cl.circuito.shared.documents.Spreadsheet;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.text.ChileanDates;
import cl.circuito.shared.web.Messages;
import cl.circuito.waitinglist.CapacityFigures;
import cl.circuito.waitinglist.CapacityModel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The capacity figures as an xlsx: the same numbers as the page (the area and its parts, the history month by month,
 * the forecast under the what-if), counted against the user's export limit and kept in the audit trail as an export.
 */
@Service
public class CapacityWorkbook {

    static final String AUDIT_SUBJECT = "CAPACITY";

    /** A file to download: its name as saved and its bytes. */
    public record File(String fileName, byte[] content) {
    }

    private final NetworkCapacity capacity;
    private final ExportQuota quota;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;

    CapacityWorkbook(NetworkCapacity capacity, ExportQuota quota, AuditTrail audit, Messages messages, Clock clock) {
        this.capacity = capacity;
        this.quota = quota;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    public File xlsx(Actor actor, CapacityQuestion question) {
        NetworkCapacity.Report r = capacity.of(actor, question);
        quota.claim(actor);
        CapacityModel.Projection p = r.projection();
        CapacityModel.WhatIf w = p.whatIf();
        List<String> title = new ArrayList<>(List.of(
                messages.get("capacity.xlsx.title", r.areaName()),
                messages.get("capacity.xlsx.period", ChileanDates.day(r.asOf()),
                        ChileanDates.month(r.figures().rateFrom()), ChileanDates.month(r.figures().rateTo())),
                messages.get("capacity.xlsx.whatIf", w.months(), w.places(), w.demandPercent()),
                messages.get("capacity.xlsx.answer", p.placesNeeded(), w.months(),
                        Math.round(r.total().targetBusinessDays()), Numbers.one(p.stayMonths()),
                        Numbers.one(p.demandPerMonth()), Numbers.one(p.exitsPerMonth()),
                        p.load() == null ? "—" : Numbers.two(p.load())),
                messages.get("documents.exportedBy", actor.displayName(), actor.username(),
                        ChileanDates.dayAndTime(clock.instant().atZone(ChileanDates.CHILE)))));
        Spreadsheet sheet = Spreadsheet.create(messages.get("capacity.xlsx.sheet"), title, List.of(
                messages.get("capacity.col.part"), messages.get("capacity.col.programs"),
                messages.get("capacity.col.capacity"), messages.get("capacity.col.onList"),
                messages.get("capacity.col.demand"), messages.get("capacity.col.exits"),
                messages.get("capacity.col.load"), messages.get("capacity.col.median"),
                messages.get("capacity.col.p90"), messages.get("capacity.col.placesNeeded")));
        // The area's row answers as its parts' rows do: the what-if's months and demand, not its places.
        part(sheet, messages.get("capacity.total"), r.total(), CapacityModel.project(r.total().inputs(),
                new CapacityModel.WhatIf(w.months(), 0, w.demandPercent())));
        r.parts().forEach(v -> part(sheet, v.figures().name(), v.figures(), v.projection()));
        sheet.row();
        sheet.row(messages.get("capacity.col.month"), messages.get("capacity.col.received"),
                messages.get("capacity.col.admitted"), messages.get("capacity.col.otherExits"),
                messages.get("capacity.col.casesClosed"), messages.get("capacity.col.listAtEnd"));
        r.figures().months().forEach(m -> sheet.row(ChileanDates.month(m.month()), m.received(), m.admitted(),
                m.otherExits(), m.casesClosed(), m.onListAtEnd()));
        sheet.row();
        sheet.row(messages.get("capacity.col.monthsAhead"), messages.get("capacity.col.expected"),
                messages.get("capacity.col.low"), messages.get("capacity.col.high"));
        p.forecast().forEach(pt -> sheet.row(ChileanDates.month(r.figures().rateTo().plusMonths(1 + pt.month())),
                Numbers.round(pt.expected()), Numbers.round(pt.low()), Numbers.round(pt.high())));
        UUID subject = UUID.nameUUIDFromBytes(r.areaValue().getBytes(StandardCharsets.UTF_8));
        audit.exported(actor, new AuditTrail.Subject(AUDIT_SUBJECT, subject,
                r.level() == CapacityFigures.Level.PROGRAM ? UUID.fromString(r.figures().area().code()) : null),
                "capacity.audit.exported", AuditDetails.none());
        return new File(messages.get("capacity.xlsx.fileName", r.areaName(), r.asOf().toString()) + ".xlsx",
                sheet.toBytes());
    }

    private static void part(Spreadsheet sheet, String name, CapacityFigures.Part f, CapacityModel.Projection p) {
        sheet.row(name, f.programs(), f.capacity(), f.onList(), Numbers.one(p.demandPerMonth()),
                Numbers.one(f.inputs().exitsPerMonth()), p.load() == null ? null : Numbers.two(p.load()),
                f.medianWaitDays(), f.p90WaitDays(), p.placesNeeded());
    }
}
