/**
 * An oficio's life, from draft to sent: drafted when the waiting list publishes what an oficio answers (the
 * listeners, with idempotent source keys), kept true to the facts while it is a draft, edited and readdressed by the
 * director, issued with the next number of the program's year and frozen as a PDF, and recorded as sent; the monthly
 * batch of estimated dates; the tray of letters to send, and its alert. The {@link cl.circuito.letters.drafting.Letter}
 * aggregate guards the rules of each step.
 */
package cl.circuito.letters.drafting;
