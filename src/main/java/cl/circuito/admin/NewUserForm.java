package cl.circuito.admin;

import cl.circuito.identity.UserAdministration.UserDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Creating a user: the editable details plus the username and an initial password the admin hands over. */
class NewUserForm extends UserForm {

    @NotBlank
    @Size(max = 100)
    @Pattern(regexp = "[A-Za-z0-9._-]*")
    private String username;
    @NotBlank
    private String password;

    UserDetails toDetails() {
        return toDetails(username);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
