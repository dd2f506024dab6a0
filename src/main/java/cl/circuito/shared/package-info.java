/**
 * The shared kernel: who is asking ({@code security}), how errors become Spanish messages on each
 * channel ({@code web}), and the guards that keep production on a configured PostgreSQL ({@code database}; the
 * embedded PostgreSQL of the local run and the tests lives in the same package under src/test).
 * It depends on no business module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cl.circuito.shared;
