package org.ruraltalent.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ruraltalent.support.Tokens;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An official's first visit to Swagger UI, in a real browser: Debian's headless Chromium opens
 * {@code /q/swagger-ui}, authorises with a development token, runs {@code GET /api/v1/divisions}
 * with "Try it out" and "Execute", and sees {@code 200} rendered. The page is saved as
 * {@code target/screenshots/swagger-ui-divisions.png} (on failure, {@code swagger-ui-failure.png}).
 *
 * <p>The browser and its driver are Debian's ({@code apt-get install chromium chromium-driver},
 * which {@code .ci/run} does), named explicitly so Selenium Manager never downloads one. Where
 * either is missing the test is skipped, saying so. Other paths: {@code -Dchromium.binary=...}
 * and {@code -Dchromium.driver=...}.
 */
@QuarkusTest
class SwaggerUiBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TestHTTPResource("/q/swagger-ui/")
    URL swaggerUi;

    private Path profile;
    private ChromeDriver browser;
    private WebDriverWait await;

    @BeforeEach
    void startChromium() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM
                + ", so Swagger UI is not tried in a browser: apt-get install chromium chromium-driver, or -Dchromium.binary=...");
        assumeTrue(Files.isExecutable(CHROMEDRIVER), "no chromedriver at " + CHROMEDRIVER
                + ", so Swagger UI is not tried in a browser: apt-get install chromium-driver, or -Dchromium.driver=...");
        profile = Files.createTempDirectory("swagger-ui-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1600", "--user-data-dir=" + profile,
                // Nothing outside localhost is reachable here: keep Chromium from trying.
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--disable-extensions", "--disable-default-apps");
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(driver, options);
        await = new WebDriverWait(browser, PATIENCE);
    }

    @AfterEach
    void stopChromium() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void authorisesWithADevTokenAndListsDivisions() throws IOException {
        try {
            browser.get(swaggerUi.toString());

            click(By.cssSelector(".auth-wrapper button.authorize"));
            WebElement token = await.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".dialog-ux .auth-container input")));
            token.sendKeys(Tokens.of("swagger-ui-browser", null, "admin"));
            click(By.cssSelector(".dialog-ux .auth-btn-wrapper button.authorize"));
            click(By.cssSelector(".dialog-ux .auth-btn-wrapper button.btn-done"));
            await.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".dialog-ux")));

            String operation = "//div[" + hasClass("opblock-get") + "][.//*[@data-path='/api/v1/divisions']]";
            click(By.xpath(operation + "//button[" + hasClass("opblock-summary-control") + "]"));
            click(By.xpath(operation + "//button[" + hasClass("try-out__btn") + "]"));
            // "Try it out" fills in each parameter's example; ask instead for the city's counties.
            type(operation, "name", "");
            type(operation, "within", "");
            type(operation, "parent", "640400");
            click(By.xpath(operation + "//button[" + hasClass("execute") + "]"));

            By status = By.xpath(operation + "//table[" + hasClass("live-responses-table") + "]//tr[" + hasClass("response") + "]"
                    + "/td[" + hasClass("response-col_status") + "]");
            await.until(ExpectedConditions.visibilityOfElementLocated(status));
            assertEquals("200", browser.findElement(status).getText().trim(), "status rendered in Swagger UI");
            String curl = browser.findElement(By.xpath(operation + "//div[" + hasClass("curl-command") + "]")).getText();
            assertTrue(curl.contains("Authorization: Bearer "), "the request carried the token: " + curl);
            String body = browser.findElement(By.xpath(operation + "//table[" + hasClass("live-responses-table") + "]//tr["
                    + hasClass("response") + "]/td[" + hasClass("response-col_description") + "]")).getText();
            assertTrue(body.contains("\"640402\""), "the counties of Guyuan rendered: " + body);

            scrollTo(browser.findElement(status));
            System.out.println("Swagger UI screenshot: " + screenshot("swagger-ui-divisions.png"));
        } catch (RuntimeException | AssertionError e) {
            System.out.println("Swagger UI screenshot of the failure: " + screenshot("swagger-ui-failure.png"));
            throw e;
        }
    }

    /** An XPath test for one of the element's classes (not a substring of another). */
    private static String hasClass(String name) {
        return "contains(concat(' ', normalize-space(@class), ' '), ' " + name + " ')";
    }

    /** Waits until the element can be clicked, brings it into view, then clicks it. */
    private void click(By locator) {
        WebElement element = await.until(ExpectedConditions.elementToBeClickable(locator));
        scrollTo(element);
        await.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** Replaces what the query parameter's input of the operation holds with {@code value}. */
    private void type(String operation, String parameter, String value) {
        By input = By.xpath(operation + "//tr[@data-param-name='" + parameter + "']//input");
        WebElement field = await.until(ExpectedConditions.elementToBeClickable(input));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(value);
        await.until(page -> value.equals(page.findElement(input).getDomProperty("value")));
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    private Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path target = SCREENSHOTS.resolve(name);
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target.toAbsolutePath();
    }
}
