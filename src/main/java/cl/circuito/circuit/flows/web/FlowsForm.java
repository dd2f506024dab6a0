package cl.circuito.circuit.flows.web;

/** The flows question as typed: text, so a date that does not parse comes back with the domain's message. */
public class FlowsForm {

    private String comuna;
    private String from;
    private String to;

    public String getComuna() { return comuna; }
    public void setComuna(String comuna) { this.comuna = comuna; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
}
