package cl.circuito.admin;

import cl.circuito.network.NetworkAdministration.ReferrerData;
import cl.circuito.network.ReferrerKind;
import cl.circuito.shared.validation.NoMarkup;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The referring body form. */
class ReferrerForm {

    /** The version the user is editing; null until a stored record is loaded into the form. */
    private Long version;
    @NotNull
    private ReferrerKind kind;
    @NotBlank
    @Size(max = 200)
    @NoMarkup
    private String name;
    private String comunaCode;
    @Size(max = 300)
    @NoMarkup
    private String address;
    @Email
    @Size(max = 200)
    private String email;
    @Size(max = 50)
    @NoMarkup
    private String phone;
    private boolean active = true;

    static ReferrerForm of(long version, ReferrerData data) {
        ReferrerForm form = new ReferrerForm();
        form.version = version;
        form.kind = data.kind();
        form.name = data.name();
        form.comunaCode = data.comunaCode();
        form.address = data.address();
        form.email = data.email();
        form.phone = data.phone();
        form.active = data.active();
        return form;
    }

    ReferrerData toData() {
        return new ReferrerData(kind, name, comunaCode, address, email, phone, active);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public ReferrerKind getKind() {
        return kind;
    }

    public void setKind(ReferrerKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getComunaCode() {
        return comunaCode;
    }

    public void setComunaCode(String comunaCode) {
        this.comunaCode = comunaCode;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
