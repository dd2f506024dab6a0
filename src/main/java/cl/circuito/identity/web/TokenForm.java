package cl.circuito.identity.web;

import cl.circuito.shared.validation.NoMarkup;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new personal API token: only a name, so its owner recognises it in the list. */
public class TokenForm {

    @NotBlank
    @Size(max = 100)
    @NoMarkup
    private String tokenName;

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }
}
