package cl.circuito.admin;

import jakarta.validation.constraints.NotBlank;

/** A new password the administrator sets for a user (the length rule is identity's). */
class PasswordForm {

    @NotBlank
    private String password;

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
