package vn.cchc.api.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.cchc.api.ServerTestBase;
import vn.cchc.testsupport.Repo;

/**
 * Opens every dashboard page in Debian's chromium as a viewer: each chart must have drawn with data and
 * the console must stay clean. Screenshots go to api/target/screenshots (kept as build artefacts).
 */
class DashboardBrowserTest extends ServerTestBase {
  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  static final Duration PAGE_TIMEOUT = Duration.ofSeconds(60);
  static final int MAX_SCREENSHOT_HEIGHT = 6000;

  static ChromeDriver driver;
  static Path screenshots;

  record Page(String name, String path, List<String> charts, int width, int height) {}

  static final List<Page> PAGES = List.of(
      new Page("overview", "/dashboard/overview.html?year=2024&bloc=SO", List.of("ranking", "bands", "movers"), 1366, 900),
      new Page("overview-xa-as-is-en", "/dashboard/overview.html?year=2024&bloc=XA&basis=AS_IS&lang=en",
          List.of("ranking", "bands", "movers"), 1366, 900),
      new Page("heatmap", "/dashboard/heatmap.html?year=2024&bloc=SO", List.of("heatmap"), 1366, 900),
      new Page("heatmap-criteria", "/dashboard/heatmap.html?year=2024&bloc=SO&field=3", List.of("heatmap"), 1366, 900),
      new Page("unit", "/dashboard/unit.html?year=2024&bloc=SO&unit=SO_NV",
          List.of("radar", "trend", "weakest", "gaps", "satisfaction"), 1366, 900),
      new Page("unit-as-is-2025", "/dashboard/unit.html?year=2025&bloc=SO&unit=AGN_SO_NV&basis=AS_IS",
          List.of("radar", "trend", "weakest", "gaps", "satisfaction"), 1366, 900),
      new Page("inspections", "/dashboard/inspections.html?year=2024", List.of("outcomes", "targets-chart"), 1366, 900),
      new Page("overview-tablet", "/dashboard/overview.html?year=2025&bloc=SO&basis=AS_IS", List.of("ranking", "bands", "movers"), 820, 1180),
      new Page("unit-tablet", "/dashboard/unit.html?year=2024&bloc=HUYEN",
          List.of("radar", "trend", "weakest", "gaps", "satisfaction"), 820, 1180));

  @BeforeAll
  static void browser() throws Exception {
    assertThat(new File(CHROMIUM)).as("Debian chromium (apt-get install chromium chromium-driver)").exists();
    assertThat(new File(CHROMEDRIVER)).as("Debian chromium-driver").exists();
    screenshots = Repo.root().resolve("api/target/screenshots");
    Files.createDirectories(screenshots);
    Path profile = Files.createTempDirectory("cchc-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--window-size=1366,900", "--lang=vi-VN");
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, Level.ALL.getName()));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void close() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void everyPageDrawsItsChartsWithDataAndAConsoleWithoutErrors() throws Exception {
    login();
    List<String> problems = new ArrayList<>();
    for (Page page : PAGES) {
      driver.manage().window().setSize(new Dimension(page.width(), page.height()));
      driver.get(base() + page.path());
      new WebDriverWait(driver, PAGE_TIMEOUT).until(d -> "true".equals(
          driver.executeScript("return document.body.dataset.ready || null")));
      Thread.sleep(300); // let ECharts finish its first frame before the screenshot
      String status = driver.findElement(By.id("status")).getText();
      if (!status.isBlank()) {
        problems.add(page.name() + ": " + status);
      }
      for (String chart : page.charts()) {
        Object points = driver.executeScript("""
            const c = window.cchc.charts[arguments[0]];
            if (!c || !document.querySelector('#' + arguments[0] + ' canvas')) return -1;
            let n = 0;
            for (const s of (c.getOption().series || [])) {
              for (const d of (s.data || [])) {
                const v = d && d.value !== undefined ? d.value : d;
                if (Array.isArray(v) ? v.some((x) => x !== null && x !== undefined) : v !== null && v !== undefined) n++;
              }
            }
            return n;""", chart);
        if (((Number) points).intValue() <= 0) {
          problems.add(page.name() + ": chart " + chart + " has no data (" + points + ")");
        }
      }
      for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
        if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
          problems.add(page.name() + ": console " + e.getLevel() + " " + e.getMessage());
        }
      }
      // the whole page, not only the window, so that the artefact shows every chart
      long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
      driver.manage().window().setSize(new Dimension(page.width(), (int) Math.min(MAX_SCREENSHOT_HEIGHT, height + 140)));
      Object ignored = driver.executeScript("Object.values(window.cchc.charts).forEach((c) => c.resize()); return 0;");
      Thread.sleep(300);
      File shot = driver.getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), screenshots.resolve(page.name() + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
    assertThat(problems).isEmpty();
    assertThat(screenshots.resolve("overview.png")).exists();
  }

  @Test
  void theUnitPagePrintsWithoutNavigationAndWithItsCharts() throws Exception {
    login();
    driver.manage().window().setSize(new Dimension(1000, 1400));
    driver.get(base() + "/dashboard/unit.html?year=2024&bloc=SO&unit=SO_TP");
    new WebDriverWait(driver, PAGE_TIMEOUT).until(d -> "true".equals(driver.executeScript("return document.body.dataset.ready || null")));
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    Object ignored = driver.executeScript("window.dispatchEvent(new Event('beforeprint')); return 0;");
    Thread.sleep(300);
    assertThat(driver.findElement(By.cssSelector("nav.pages")).isDisplayed()).isFalse();
    assertThat(driver.findElement(By.cssSelector("#radar canvas")).isDisplayed()).isTrue();
    File shot = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), screenshots.resolve("unit-print.png"), StandardCopyOption.REPLACE_EXISTING);
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
  }

  @Test
  void filtersLiveInTheUrlSoLinksCanBeShared() {
    login();
    driver.manage().window().setSize(new Dimension(1366, 900));
    driver.get(base() + "/dashboard/heatmap.html?year=2023&bloc=XA&lang=en");
    new WebDriverWait(driver, PAGE_TIMEOUT).until(d -> "true".equals(driver.executeScript("return document.body.dataset.ready || null")));
    assertThat(driver.findElement(By.cssSelector("select[name=year]")).getAttribute("value")).isEqualTo("2023");
    assertThat(driver.findElement(By.cssSelector("select[name=bloc]")).getAttribute("value")).isEqualTo("XA");
    assertThat(driver.findElement(By.cssSelector("nav.pages a[data-page=unit]")).getText()).isEqualTo("Unit profile");
    assertThat(driver.findElement(By.cssSelector("nav.pages a[data-page=unit]")).getAttribute("href"))
        .endsWith("/dashboard/unit.html?year=2023&bloc=XA&basis=AS_WAS&lang=en");
    driver.executeScript("const s = document.querySelector('select[name=year]'); s.value = '2022';"
        + " s.dispatchEvent(new Event('change', {bubbles: true}));");
    new WebDriverWait(driver, PAGE_TIMEOUT).until(d -> driver.getCurrentUrl().contains("year=2022"));
    assertThat(driver.getCurrentUrl()).contains("bloc=XA", "lang=en");
  }

  private void login() {
    driver.get(base() + "/login.html");
    if (!driver.getCurrentUrl().endsWith("/login.html")) {
      return;
    }
    driver.findElement(By.id("username")).sendKeys("viewer");
    driver.findElement(By.id("password")).sendKeys("xem-demo");
    driver.findElement(By.id("submit")).click();
    new WebDriverWait(driver, PAGE_TIMEOUT).until(d -> driver.getCurrentUrl().contains("/dashboard/"));
  }
}
