package cl.circuito.courtorders.ledger;

import cl.circuito.letters.CourtLetters.Stage;
import cl.circuito.letters.CourtLetters.ToldLetter;
import cl.circuito.shared.text.ChileanDates;
import cl.circuito.shared.web.Messages;
import cl.circuito.waitinglist.CourtOrderFacts.Fact;
import org.springframework.stereotype.Component;

import java.util.List;

/** An order in words, the same on the pages, in the API's report and in the xlsx and the PDF. */
@Component
public class OrderTexts {

    private final Messages messages;

    OrderTexts(Messages messages) {
        this.messages = messages;
    }

    public List<String> headers() {
        return List.of("number", "court", "child", "rut", "rit", "ruc", "program", "received", "deadline",
                "deadlineState", "decision", "decidedOn", "rank", "estimated", "latest", "basis", "lastLetter", "lastLetterOn",
                "lastLetterSent", "stage").stream().map(h -> messages.get("courtorders.column." + h)).toList();
    }

    /** "Admitido", "No sujeto de atención"…: the order's stage. */
    public String stage(CourtOrder o) {
        Fact f = o.fact();
        String stage = messages.get("courtorders.stage." + o.stage());
        return o.isLeft() && f.exitReason() != null ? stage + " (" + messages.get("exitReason." + f.exitReason()) + ")"
                : stage;
    }

    public String deadline(CourtOrder o) {
        return messages.get("courtorders.deadline." + o.deadline());
    }

    public String decision(CourtOrder o) {
        if (o.fact().decidedOn() == null) {
            return messages.get("courtorders.decision.pending");
        }
        return messages.get(o.isNotEligible() ? "courtorders.decision.notEligible" : "courtorders.decision.eligible");
    }

    public String basis(CourtOrder o) {
        return o.fact().estimateBasis() == null ? null
                : messages.get("courtorders.basis." + o.fact().estimateBasis());
    }

    /** "90 %: 03-05-2027": the date by which admission is 90 % likely, beside the estimated (50 %) one. */
    public String latest(CourtOrder o) {
        return o.fact().latestOn() == null ? null
                : messages.get("courtorders.latest", ChileanDates.day(o.fact().latestOn()));
    }

    /** "N° 12/2026", or that none was issued. */
    public String letterNumber(ToldLetter letter) {
        return letter == null ? messages.get("courtorders.letter.none")
                : messages.get("courtorders.letter.number", String.valueOf(letter.number()),
                String.valueOf(letter.year()));
    }

    public String letterSent(ToldLetter letter) {
        if (letter == null) {
            return null;
        }
        return letter.stage() == Stage.SENT
                ? messages.get("courtorders.letter.sentOn", ChileanDates.day(letter.sentOn()))
                : messages.get("courtorders.letter.notSent");
    }

    /** A row of the xlsx: typed values (dates as dates, the rank as a number). */
    public Object[] values(int number, CourtOrder o) {
        Fact f = o.fact();
        ToldLetter last = o.lastIssued();
        return new Object[]{number, f.courtName(), f.childName(), f.rut(), f.rit(), f.ruc(), f.programName(),
                f.receivedOn(), f.dueOn(), deadline(o), decision(o), f.decidedOn(), f.rank(), f.estimatedOn(),
                f.latestOn(), basis(o), letterNumber(last), last == null ? null : last.issuedOn(), letterSent(last), stage(o)};
    }
}
