package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the OS packages, driven by Selenium, with an axe-core accessibility check that
 * fails on any serious or critical WCAG 2.2 A/AA violation.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final WebDriver driver;
    private final String base;

    public Browser(URL base) {
        String b = base.toString();
        this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return again(() -> find(css).getText());
    }

    public void type(String id, String value) {
        again(() -> {
            WebElement e = driver.findElement(By.id(id));
            e.clear();
            e.sendKeys(value);
            return null;
        });
    }

    public void click(String css) {
        again(() -> {
            find(css).click();
            return null;
        });
    }

    /** Presses a button that asks first (an irreversible action) and, in the dialog it opens, says yes. */
    public void clickAndConfirm(String css) {
        click(css);
        waitFor("#app-confirm[open] #app-confirm-yes");
        click("#app-confirm-yes");
    }

    /** Presses a button that asks first, checks the question can be read and used by everyone, and says no. */
    public void clickAndCancel(String css) {
        click(css);
        waitFor("#app-confirm[open] #app-confirm-no");
        assertAccessible();
        click("#app-confirm-no");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(
                d -> d.findElements(By.cssSelector("#app-confirm[open]")).isEmpty());
    }

    public void clickLink(String text) {
        again(() -> {
            driver.findElement(By.linkText(text)).click();
            return null;
        });
    }

    /**
     * Runs an action on freshly found elements, again if the page replaced them meanwhile (a PrimeFaces update or
     * a navigation between finding an element and using it: a stale element, or Chromium's "node does not belong
     * to the document"). Only those failures are retried, at most a few times.
     */
    private <T> T again(java.util.function.Supplier<T> action) {
        for (int attempt = 1; ; attempt++) {
            try {
                return action.get();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            } catch (org.openqa.selenium.WebDriverException e) {
                if (attempt == 5 || e.getMessage() == null || !e.getMessage().contains("does not belong to the document")) {
                    throw e;
                }
            }
            waitForLoaded();
        }
    }

    private void waitForLoaded() {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(
                d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    public void waitFor(String css) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits until the browser shows a page under this path and has finished loading it (so its text is all there). */
    public void waitForPath(String pathStart) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> path().startsWith(pathStart)
                && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    public void signIn(String email, String password) {
        open("/sign-in.xhtml");
        type("signin:email", email);
        type("signin:password", password);
        click("#signin\\:submit");
    }

    public void signOut() {
        click("#signout\\:signOut");
        waitForPath("/index.xhtml");
    }

    /** Runs axe-core on the current page; fails listing every serious or critical WCAG 2.2 AA violation. */
    public void assertAccessible() {
        assertErrorsBesideTheirFields();
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        List<Rule> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        assertTrue(serious.isEmpty(), () -> "Accessibility violations on " + path() + ":\n" + serious.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5)
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n")));
    }

    /**
     * The GOV.UK error pattern, on every page a journey checks: each error in the summary links to a field on the
     * page, and the same message is shown beside it, so nobody has to match a list at the top to the form below.
     */
    @SuppressWarnings("unchecked")
    public void assertErrorsBesideTheirFields() {
        List<String> problems = (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const messages = Array.from(document.querySelectorAll('.app-error-message'))
                    .map(m => m.textContent.replace(/^\\s*Error:\\s*/, '').trim());
                return Array.from(document.querySelectorAll('.app-error-summary a[href^="#"]')).map(a => {
                    const id = decodeURIComponent(a.getAttribute('href').substring(1));
                    const text = a.textContent.trim();
                    if (!document.getElementById(id)) { return 'links to no field (' + id + '): ' + text; }
                    return messages.some(m => m === text) ? null : 'not shown beside its field (' + id + '): ' + text;
                }).filter(x => x);
                """);
        assertTrue(problems.isEmpty(), () -> "Errors on " + path() + ":\n" + String.join("\n", problems));
    }

    /** Keeps a picture and the HTML of the current page under target/browser/, for reading after a failure. */
    public void keepEvidence(String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "browser");
            java.nio.file.Files.createDirectories(dir);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            java.nio.file.Files.write(dir.resolve(name + ".png"), png);
            java.nio.file.Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
        } catch (java.io.IOException | RuntimeException e) {
            // evidence is a convenience; never fail a test for it
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
