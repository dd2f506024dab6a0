package cl.circuito.letters.templates;

import java.util.UUID;

/**
 * An institution in the letters' administration: how many of the {@link TemplateKind}s it made its own
 * (the rest use the default text) and whether it has a letterhead and a logo.
 */
public record InstitutionLetters(UUID id, String name, int ownTemplates, boolean hasLetterhead, boolean hasLogo) {

    public int templateCount() {
        return TemplateKind.values().length;
    }
}
