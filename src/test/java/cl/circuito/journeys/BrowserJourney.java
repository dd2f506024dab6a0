package cl.circuito.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A journey in Debian's Chromium: one browser for a class's tests, started before them and closed after, and what
 * the journeys check of every page the same way (nothing scrolls sideways) or keep of it (a screenshot).
 */
abstract class BrowserJourney {

    static Playwright playwright;
    static com.microsoft.playwright.Browser browser;

    @BeforeAll
    static void startBrowser() {
        playwright = Browser.start();
        browser = Browser.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    /**
     * The page fits the screen's width once its layout has settled; on failure, the elements crossing its right edge
     * say where to look. Settled: a page just shown may be measured before its stylesheet or an htmx swap has laid it
     * out (CI once measured a list wider than the phone with nothing beyond its edge), so the check looks again for up
     * to two seconds before it fails.
     */
    static void noSidewaysScroll(Page page) {
        page.waitForLoadState(LoadState.LOAD);
        Object fits = false;
        for (int attempt = 0; attempt < 8; attempt++) {
            // A pixel of rounding (an edge at 390.4 px makes the document 391 wide) is no sideways scroll anyone sees.
            fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1");
            if (Boolean.TRUE.equals(fits)) {
                return;
            }
            page.waitForTimeout(250);
        }
        Object beyond = page.evaluate("() => [...document.querySelectorAll('body *')]"
                + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                + ".slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ')");
        Object widths = page.evaluate("() => document.documentElement.scrollWidth + ' > ' + window.innerWidth");
        assertThat(fits).as("%s scrolls sideways at %s px (%s): %s", page.url(), page.viewportSize().width, widths,
                beyond).isEqualTo(true);
    }

    /** target/screenshots/{width}/{name}.png, the whole page: never committed, kept by CI as an artifact if asked. */
    static void screenshot(Page page, int width, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "screenshots", String.valueOf(width), name + ".png")));
    }
}
