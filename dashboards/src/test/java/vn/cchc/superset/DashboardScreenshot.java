package vn.cchc.superset;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Logs in to Superset in headless Chromium, opens a dashboard, waits for its charts and saves a
 * PNG.
 */
final class DashboardScreenshot {
  private DashboardScreenshot() {}

  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  /**
   * Superset 6.0's production build has no data-test attributes: its CSS classes are what is
   * stable.
   */
  static final String CHART = ".dashboard-component-chart-holder";

  static Path capture(URI superset, String user, String password, String slug, int charts, Path png)
      throws Exception {
    Path profile = Files.createTempDirectory("cchc-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1600,3000",
        "--lang=vi-VN",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    try {
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(90));
      driver.get(superset.resolve("/login/").toString());
      wait.until(d -> !d.findElements(By.id("username")).isEmpty());
      driver.findElement(By.id("username")).sendKeys(user);
      driver.findElement(By.id("password")).sendKeys(password + "\n");
      // Superset's first sign-in (a cold worker) took over 90 s once on a busy 2-core machine
      new WebDriverWait(driver, Duration.ofSeconds(240))
          .until(d -> !d.getCurrentUrl().contains("/login"));

      driver.get(superset.resolve("/superset/dashboard/" + slug + "/").toString());
      Files.createDirectories(png.toAbsolutePath().getParent());
      try {
        wait.until(d -> d.findElements(By.cssSelector(CHART)).size() == charts);
        // every chart has drawn: no spinner left, each holds a canvas, an svg or a table
        wait.until(
            d ->
                d.findElements(By.cssSelector(CHART + " .loading")).isEmpty()
                    && d.findElements(By.cssSelector(CHART)).stream()
                        .allMatch(DashboardScreenshot::drawn));
      } catch (TimeoutException e) {
        Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
        throw new AssertionError(
            "The dashboard did not finish drawing " + charts + " charts; see " + png, e);
      }
      Thread.sleep(1500); // ECharts animates its first frame
      List<String> errors =
          driver
              .findElements(
                  By.cssSelector(CHART + " .ant-alert-error, " + CHART + " [role='alert']"))
              .stream()
              .map(WebElement::getText)
              .toList();
      Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
      assertThat(errors).as("chart errors on the dashboard, see " + png).isEmpty();
      return png;
    } finally {
      driver.quit();
      SupersetServer.deleteTree(profile);
    }
  }

  /**
   * Drawn: a canvas, svg or table in the chart's container, or text (a big number has only text).
   */
  private static boolean drawn(WebElement chart) {
    List<WebElement> container = chart.findElements(By.cssSelector(".slice_container"));
    return !container.isEmpty()
        && (!container.get(0).findElements(By.cssSelector("canvas, svg, table")).isEmpty()
            || !container.get(0).getText().isBlank());
  }
}
