package cl.circuito.letters.register;

import cl.circuito.letters.drafting.Letter;
import cl.circuito.letters.drafting.LetterKind;
import cl.circuito.letters.drafting.LetterRuleViolation;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.shared.privacy.DisposableRecords;
import cl.circuito.shared.privacy.DisposalChoice;
import cl.circuito.shared.privacy.DueRecord;
import cl.circuito.shared.privacy.RecordKind;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.shared.web.Messages;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The letters among the program's records due for disposal: the same retention and the same act as the letters'
 * own retention page ({@link LetterRetention}), so the program's retention page lists and disposes of them with
 * every other kind.
 */
@Component
class LetterDisposals implements DisposableRecords {

    private final LetterRetention retention;
    private final LetterRegisterSearch search;
    private final ProgramDirectory programs;
    private final Messages messages;

    LetterDisposals(LetterRetention retention, LetterRegisterSearch search, ProgramDirectory programs,
                    Messages messages) {
        this.retention = retention;
        this.search = search;
        this.programs = programs;
        this.messages = messages;
    }

    @Override
    public RecordKind kind() {
        return RecordKind.LETTERS;
    }

    @Override
    public Map<UUID, Integer> dueCounts(Collection<UUID> holderIds, LocalDate today) {
        return search.dueCounts(holderIds, today);
    }

    @Override
    public Page<DueRecord> due(Actor actor, UUID holderId, LocalDate today, int page, int size) {
        actor.require(Permission.READ_CHILD_RECORDS);
        UUID programId = programs.get(holderId, actor.scope()).id();
        return search.dueForDisposal(programId, today, page, size).map(row -> new DueRecord(row.id(),
                label(row.numberLabel(), row.kind()), detail(row.recipientName(), row.childCount()), row.date(),
                row.disposeAfter()));
    }

    @Override
    public List<DueRecord> dispose(Actor actor, UUID holderId, DisposalChoice choice, LocalDate today) {
        try {
            // LetterRetention reads the chosen letters before erasing them; their labels are taken from what it returns,
            // which keeps number, kind, addressee and dates.
            return retention.dispose(actor, holderId, choice.ids(), choice.reason()).stream().map(this::record).toList();
        } catch (LetterRuleViolation refused) {
            if (!"letterIds".equals(refused.field())) {
                throw refused;
            }
            // The retention page names the chosen records "recordIds", whatever their kind.
            throw LetterRuleViolation.conflictOn("recordIds", refused.messageKey(), refused.arguments());
        }
    }

    private DueRecord record(Letter letter) {
        return new DueRecord(letter.id(), label(letter.numberLabel(), letter.kind()),
                messages.get("letterregister.disposal.recipient", letter.recipientName()), letter.issuedOn(),
                letter.disposeAfter());
    }

    private String label(String number, LetterKind kind) {
        return messages.get("letterregister.disposal.label", number, messages.get("letters.kind." + kind.name()));
    }

    private String detail(String recipient, int children) {
        return messages.get("letterregister.disposal.detail", recipient, children);
    }
}
