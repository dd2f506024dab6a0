package cl.circuito.letters.register;

import cl.circuito.shared.text.ChileanDates;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.documents.Spreadsheet;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.web.Messages;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The register as an xlsx: title lines that say which program, which filters and when it was drawn (a
 * printed copy must say what it is), then one typed row per letter (numbers and dates sort as such).
 */
@Component
class RegisterSpreadsheet {

    private final Messages messages;
    private final Clock clock;

    RegisterSpreadsheet(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    byte[] write(ProgramSummary program, RegisterFilter filter, List<RegisterAddressee> addressees, Actor actor,
                 Stream<RegisterRow> rows) {
        List<String> title = List.of(
                messages.get("letterregister.xlsx.title", program.label()),
                messages.get("letterregister.xlsx.filters", describe(filter, addressees)),
                messages.get("letterregister.xlsx.drawn", ChileanDates.dayAndTime(LocalDateTime.now(clock)), actor.displayName()));
        List<String> headers = List.of("number", "year", "date", "kind", "addressee", "children", "childCount",
                "state", "sentVia", "sentOn", "sentReference", "keepUntil", "disposedOn").stream()
                .map(column -> messages.get("letterregister.xlsx.col." + column))
                .toList();
        Spreadsheet sheet = Spreadsheet.create(messages.get("letterregister.xlsx.sheet"), title, headers);
        rows.forEach(row -> sheet.row(row.number(), row.year(), row.date(),
                messages.get("letters.kind." + row.kind()), row.recipientName(),
                row.disposed() ? messages.get("letterregister.childrenDisposed") : String.join("; ", row.childNames()),
                row.childCount(), messages.get("letters.status." + row.status()),
                row.sentVia() == null ? null : messages.get("letters.sentVia." + row.sentVia()), row.sentOn(),
                row.sentReference(), row.disposed() ? null : row.disposeAfter(),
                row.disposedOn()));
        return sheet.toBytes();
    }

    /** "Registro de oficios - PRM Los Aromos - 22-11-2026.xlsx" */
    String fileName(ProgramSummary program) {
        return messages.get("letterregister.xlsx.fileName", program.name(), ChileanDates.day(LocalDate.now(clock)));
    }

    private String describe(RegisterFilter filter, List<RegisterAddressee> addressees) {
        if (filter.isEmpty()) {
            return messages.get("letterregister.xlsx.noFilters");
        }
        List<String> parts = new ArrayList<>();
        if (filter.kind() != null) {
            parts.add(messages.get("letterregister.filter.kind") + ": " + messages.get("letters.kind." + filter.kind()));
        }
        if (filter.status() != null) {
            parts.add(messages.get("letterregister.filter.status") + ": "
                    + messages.get("letters.status." + filter.status()));
        }
        if (filter.referrerId() != null) {
            String name = addressees.stream().filter(a -> a.id().equals(filter.referrerId()))
                    .map(RegisterAddressee::name).findFirst()
                    .orElse(messages.get("letterregister.filter.unknownAddressee"));
            parts.add(messages.get("letterregister.filter.addressee") + ": " + name);
        }
        if (filter.month() != null) {
            parts.add(messages.get("letterregister.filter.month") + ": " + ChileanDates.month(filter.month()));
        }
        return String.join(" · ", parts);
    }
}
