package cl.circuito.letters.drafting;

import cl.circuito.network.ProgramContact;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.web.Messages;
import cl.circuito.waitinglist.LetterFacts.EntryFacts;
import org.springframework.stereotype.Component;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The more pertinent program's contact data as the not-eligible oficio gives them (I-SGC-01 step 1: "entregando
 * los datos del Programa más pertinente"): one sentence with what is on file, or one saying plainly that none
 * is, so the referrer is never left guessing and the director sees what to complete.
 */
@Component
public class PertinentContact {

    private final ProgramDirectory programs;
    private final Messages messages;

    PertinentContact(ProgramDirectory programs, Messages messages) {
        this.programs = programs;
        this.messages = messages;
    }

    /**
     * The sentence for an entry declared not eligible; null while no more pertinent program is named. A program
     * written by hand (not one of the network) has no contact data on file.
     */
    String forEntry(EntryFacts entry) {
        if (entry.pertinentProgramName() == null && entry.pertinentProgramId() == null) {
            return null;
        }
        if (entry.pertinentProgramId() == null) {
            return sentence(ProgramContact.NONE, null);
        }
        Optional<ProgramSummary> program = programs.find(entry.pertinentProgramId());
        return sentence(programs.contact(entry.pertinentProgramId()).orElse(ProgramContact.NONE),
                program.map(ProgramSummary::comunaName).orElse(null));
    }

    /** "Sus datos de contacto son: dirección Av. Collao 1202, Concepción; teléfono …; correo electrónico …." */
    public String sentence(ProgramContact contact, String comunaName) {
        if (contact.isEmpty()) {
            return messages.get("letters.contact.none");
        }
        List<String> parts = new ArrayList<>();
        if (contact.address() != null) {
            parts.add(messages.get("letters.contact.address", withComuna(contact.address(), comunaName)));
        }
        if (contact.phone() != null) {
            parts.add(messages.get("letters.contact.phone", contact.phone()));
        }
        if (contact.email() != null) {
            parts.add(messages.get("letters.contact.email", contact.email()));
        }
        return messages.get("letters.contact.intro", String.join("; ", parts));
    }

    /** The address with its comuna, unless the address already names it. */
    private static String withComuna(String address, String comunaName) {
        if (comunaName == null || plain(address).contains(plain(comunaName))) {
            return address;
        }
        return address + ", " + comunaName;
    }

    private static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
