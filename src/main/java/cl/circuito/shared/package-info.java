/**
 * The shared kernel: who is asking ({@code security}), how errors become Spanish messages on each
 * channel ({@code web}), and the embedded database of the local run and the tests ({@code database}).
 * It depends on no business module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cl.circuito.shared;
