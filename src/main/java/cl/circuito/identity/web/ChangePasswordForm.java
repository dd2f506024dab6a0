package cl.circuito.identity.web;

import jakarta.validation.constraints.NotBlank;

/** Changing one's own password: the current one proves it is really them; the new one is typed twice. */
public class ChangePasswordForm extends NewPasswordForm {

    @NotBlank
    private String currentPassword;

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }
}
