package cl.circuito.journeys;

import com.microsoft.playwright.Page;
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

    /** The page fits the screen's width; on failure, the elements crossing its right edge say where to look. */
    static void noSidewaysScroll(Page page) {
        Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        Object beyond = page.evaluate("() => [...document.querySelectorAll('body *')]"
                + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                + ".slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ')");
        assertThat(fits).as("%s scrolls sideways at %s px: %s", page.url(), page.viewportSize().width, beyond)
                .isEqualTo(true);
    }

    /** target/screenshots/{width}/{name}.png, the whole page: never committed, kept by CI as an artifact if asked. */
    static void screenshot(Page page, int width, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "screenshots", String.valueOf(width), name + ".png")));
    }
}
