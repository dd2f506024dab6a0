package cl.circuito.admin;

import cl.circuito.network.NetworkAdministration.ProgramData;
import cl.circuito.shared.validation.NoMarkup;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** The program form, with its director (a user with the program-director role, or none). */
class ProgramForm {

    /** The version the user is editing; null until a stored record is loaded into the form. */
    private Long version;
    @NotNull
    private UUID institutionId;
    @NotBlank
    private String modalityCode;
    @NotBlank
    @Size(max = 200)
    @NoMarkup
    private String name;
    @Size(max = 30)
    @NoMarkup
    private String code;
    @NotBlank
    private String comunaCode;
    @Size(max = 300)
    @NoMarkup
    private String address;
    @Size(max = 50)
    @NoMarkup
    private String phone;
    @Email
    @Size(max = 200)
    private String email;
    @NotNull
    @PositiveOrZero
    private Integer agreedCapacity;
    private boolean hasSupportProfessional;
    private boolean active = true;
    private UUID directorUserId;

    static ProgramForm of(UUID institutionId, long version, ProgramData data, UUID directorUserId) {
        ProgramForm form = new ProgramForm();
        form.institutionId = institutionId;
        form.version = version;
        form.modalityCode = data.modalityCode();
        form.name = data.name();
        form.code = data.code();
        form.comunaCode = data.comunaCode();
        form.address = data.address();
        form.phone = data.phone();
        form.email = data.email();
        form.agreedCapacity = data.agreedCapacity();
        form.hasSupportProfessional = data.hasSupportProfessional();
        form.active = data.active();
        form.directorUserId = directorUserId;
        return form;
    }

    ProgramData toData() {
        return new ProgramData(modalityCode, name, code, comunaCode, address, phone, email, agreedCapacity,
                hasSupportProfessional, active);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public UUID getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(UUID institutionId) {
        this.institutionId = institutionId;
    }

    public String getModalityCode() {
        return modalityCode;
    }

    public void setModalityCode(String modalityCode) {
        this.modalityCode = modalityCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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

    public Integer getAgreedCapacity() {
        return agreedCapacity;
    }

    public void setAgreedCapacity(Integer agreedCapacity) {
        this.agreedCapacity = agreedCapacity;
    }

    public boolean isHasSupportProfessional() {
        return hasSupportProfessional;
    }

    public void setHasSupportProfessional(boolean hasSupportProfessional) {
        this.hasSupportProfessional = hasSupportProfessional;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public UUID getDirectorUserId() {
        return directorUserId;
    }

    public void setDirectorUserId(UUID directorUserId) {
        this.directorUserId = directorUserId;
    }
}
