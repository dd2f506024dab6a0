/**
 * What an institution and a program decide about their letters: each institution's templates (with the default
 * ones), its letterhead, the layout an oficio is printed in on it, and a program's letter settings (paper, the
 * threshold of an estimate update, the monthly batch, the city). The settings are read through the module's API,
 * {@link cl.circuito.letters.ProgramLetterSettings}.
 */
package cl.circuito.letters.templates;
