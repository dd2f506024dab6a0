package cl.circuito.admin;

import cl.circuito.identity.User;
import cl.circuito.identity.UserAdministration.UserDetails;
import cl.circuito.shared.security.Role;
import cl.circuito.shared.validation.NoMarkup;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Editing a user: who they are, their role and its scope (a region for a territorial manager,
 * programs for program staff), and whether the account is enabled. {@link NewUserForm} adds the
 * username and the initial password.
 */
class UserForm {

    @NotBlank
    @Size(max = 200)
    @NoMarkup
    private String fullName;
    @NotBlank
    @Email
    @Size(max = 200)
    private String email;
    @Size(max = 200)
    @NoMarkup
    private String position;
    /** For single sign-on by RUT (ClaveÚnica); checked (módulo 11, one account each) by the administration. */
    @Size(max = 20)
    private String rut;
    @NotNull
    private Role role;
    private String regionCode;
    private Set<UUID> programIds = new LinkedHashSet<>();
    private boolean enabled = true;

    static UserForm of(User user) {
        UserForm form = new UserForm();
        form.fullName = user.fullName();
        form.email = user.email();
        form.position = user.position();
        form.rut = user.rut();
        form.role = user.role();
        form.regionCode = user.regionCode();
        form.programIds = new LinkedHashSet<>(user.programIds());
        form.enabled = user.enabled();
        return form;
    }

    UserDetails toDetails(String username) {
        return new UserDetails(username, fullName, email, position, role, regionCode,
                programIds == null ? Set.of() : programIds);
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getRut() {
        return rut;
    }

    public void setRut(String rut) {
        this.rut = rut;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public Set<UUID> getProgramIds() {
        return programIds;
    }

    public void setProgramIds(Set<UUID> programIds) {
        this.programIds = programIds;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
