package cl.circuito.letters.templates;

/** Who signs, as printed under the text: the program's director at the time of issue. */
public record Signature(String name, String position, String programName, String institutionName) {
}
