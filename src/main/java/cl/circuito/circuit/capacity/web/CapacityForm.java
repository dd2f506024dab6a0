package cl.circuito.circuit.capacity.web;

import cl.circuito.circuit.capacity.CapacityQuestion;

/** The capacity question as typed on the page: text, so a value that does not parse comes back with its message. */
public class CapacityForm {

    private String area;
    private String months;
    private String places;
    private String demand;

    CapacityQuestion question() {
        return new CapacityQuestion(area, months, places, demand);
    }

    public String getArea() { return area; }
    public void setArea(String area) { this.area = area; }
    public String getMonths() { return months; }
    public void setMonths(String months) { this.months = months; }
    public String getPlaces() { return places; }
    public void setPlaces(String places) { this.places = places; }
    public String getDemand() { return demand; }
    public void setDemand(String demand) { this.demand = demand; }
}
