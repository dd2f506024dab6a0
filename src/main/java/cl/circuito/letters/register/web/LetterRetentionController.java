package cl.circuito.letters.register.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.UUID;

/**
 * The letters' retention is the program's retention of oficios, one page for every kind of record
 * ({@code retention.disposal}): the letters' pill and older links lead there.
 */
@Controller
class LetterRetentionController {

    @GetMapping("/programs/{programId}/letters/retention")
    String retention(@PathVariable UUID programId) {
        return "redirect:/programs/" + programId + "/retention/letters";
    }
}
