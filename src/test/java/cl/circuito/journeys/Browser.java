package cl.circuito.journeys;

import cl.circuito.testing.Fixtures;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright: Playwright cannot download its own browsers here. Without
 * Chromium the journeys are skipped locally, but fail in CI, where .ci/run installs it.
 */
final class Browser {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    private Browser() {
    }

    static com.microsoft.playwright.Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    /**
     * Signs in on the login page as a user would (labels, the button's name), with the tests' password, and waits
     * until the application has left the login page. The one login of the journeys.
     */
    static void signIn(Page page, String baseUrl, String username) {
        page.navigate(baseUrl + "/login");
        page.getByLabel("Usuario").fill(username);
        page.getByLabel("Contraseña").fill(Fixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ingresar")).click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    /**
     * Enrols in two-factor authentication where a role requires it (after {@link #signIn}, Circuito holds such a user
     * on the enrolment page): types the secret shown into an "authenticator" (the TOTP library), confirms with its
     * code, and leaves the recovery codes' page.
     */
    static void enrolTwoFactor(Page page) {
        String secret = page.locator("p.font-monospace").first().textContent().replace(" ", "").trim();
        long step = Math.floorDiv(java.time.Instant.now().getEpochSecond(), 30);
        try {
            String code = new dev.samstevens.totp.code.DefaultCodeGenerator().generate(secret, step);
            page.getByLabel("Código de verificación").fill(code);
        } catch (dev.samstevens.totp.exceptions.CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Activar")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ya los guardé")).click();
    }

    static Playwright start() {
        boolean available = Files.isExecutable(CHROMIUM);
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(available, "Chromium is not installed at " + CHROMIUM + ": journey skipped");
        }
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }
}
