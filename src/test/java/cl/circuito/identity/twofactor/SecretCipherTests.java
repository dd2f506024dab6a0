package cl.circuito.identity.twofactor;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** TOTP secrets at rest: encrypted with the configured key, readable back; without a key, kept as they are. */
class SecretCipherTests {

    private static final String SECRET = "F2A76XDGHCOWTEVQHJ4DXYKG2WNKINMM";

    @Test
    void withAKeyASecretIsStoredEncryptedAndReadBack() {
        SecretCipher cipher = new SecretCipher("una clave larga y aleatoria", new MockEnvironment());
        String stored = cipher.seal(SECRET);

        assertThat(stored).startsWith("enc:").doesNotContain(SECRET);
        assertThat(cipher.seal(SECRET)).isNotEqualTo(stored); // a fresh nonce each time
        assertThat(cipher.open(stored)).isEqualTo(SECRET);
        // A secret stored before the key was set is still read.
        assertThat(cipher.open(SECRET)).isEqualTo(SECRET);
        assertThatThrownBy(() -> new SecretCipher("otra clave", new MockEnvironment()).open(stored))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAKeyASecretIsKeptAsItIs() {
        SecretCipher cipher = new SecretCipher("", new MockEnvironment());
        assertThat(cipher.seal(SECRET)).isEqualTo(SECRET);
        assertThat(cipher.open(SECRET)).isEqualTo(SECRET);
    }
}
