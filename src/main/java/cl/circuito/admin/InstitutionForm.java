package cl.circuito.admin;

import cl.circuito.network.NetworkAdministration.InstitutionData;
import cl.circuito.shared.validation.NoMarkup;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The institution form; a mutable bean so a failed submit re-renders exactly what was typed. */
class InstitutionForm {

    /** The version the user is editing; null until a stored record is loaded into the form. */
    private Long version;
    @NotBlank
    @Size(max = 200)
    @NoMarkup
    private String name;
    @Size(max = 12)
    @NoMarkup
    private String rut;
    @Size(max = 300)
    @NoMarkup
    private String address;
    @Size(max = 50)
    @NoMarkup
    private String phone;
    @Email
    @Size(max = 200)
    private String email;

    static InstitutionForm of(long version, InstitutionData data) {
        InstitutionForm form = new InstitutionForm();
        form.version = version;
        form.name = data.name();
        form.rut = data.rut();
        form.address = data.address();
        form.phone = data.phone();
        form.email = data.email();
        return form;
    }

    InstitutionData toData() {
        return new InstitutionData(name, rut, address, phone, email);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRut() {
        return rut;
    }

    public void setRut(String rut) {
        this.rut = rut;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
