package vn.cchc.report.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.cchc.report.SampleRelease;
import vn.cchc.report.font.ReportFonts;
import vn.cchc.testsupport.HeadlessChromium;

/**
 * Opens every page of the published site from the file system in Debian's chromium with no network
 * (every host name resolves to nothing): each must load only files, every image must have loaded,
 * the console must stay free of errors, a phone must not scroll the page sideways, and print must
 * drop the navigation. Screenshots go to api/report/target/screenshots/publish-*.png.
 */
class PublishBrowserTest {
  static final Duration PAGE_TIMEOUT = Duration.ofSeconds(60);
  static final int MAX_SCREENSHOT_HEIGHT = 8000;
  static final int PHONE_WIDTH = 390;
  static final ObjectMapper JSON = new ObjectMapper();
  static final List<Integer> YEARS = List.of(2025, 2024);

  static ChromeDriver driver;
  static Path screenshots;
  static final Map<Integer, SitePublisher.Result> SITES = new LinkedHashMap<>();

  @BeforeAll
  static void publishAndOpenTheBrowser() throws Exception {
    Path base = SampleRelease.target("publish-browser-test");
    SampleRelease.deleteTree(base);
    SitePublisher publisher = new SitePublisher(ReportFonts.locate(null));
    for (int year : YEARS) {
      SITES.put(
          year,
          publisher.publish(SampleRelease.warehouse(), year, base.resolve("cong-bo-" + year)));
    }
    screenshots = SampleRelease.target("screenshots");
    Files.createDirectories(screenshots);
    driver =
        HeadlessChromium.start(
            // no network: a page that names any host gets a failed request, logged and listed below
            List.of("--host-resolver-rules=MAP * ~NOTFOUND"),
            // the performance log carries the DevTools network events: every request the page makes
            Map.of(LogType.BROWSER, Level.ALL.getName(), LogType.PERFORMANCE, Level.ALL.getName()));
  }

  @AfterAll
  static void close() {
    if (driver != null) {
      driver.quit();
    }
  }

  /** Opens a page and waits until it and everything it loads are done. */
  static void open(Path page) {
    driver.get(page.toUri().toString());
    new WebDriverWait(driver, PAGE_TIMEOUT)
        .until(d -> "complete".equals(driver.executeScript("return document.readyState")));
  }

  @Test
  void everyPageLoadsOnlyLocalFilesEveryImageAndAConsoleWithoutErrors() throws Exception {
    List<String> problems = new ArrayList<>();
    int pages = 0;
    int images = 0;
    for (int year : YEARS) {
      SitePublisher.Result site = SITES.get(year);
      for (Path page : site.pages()) {
        String name = "publish-" + year + "-" + page.getFileName().toString().replace(".html", "");
        driver.manage().window().setSize(new Dimension(1366, 900));
        requests(); // what earlier pages requested
        open(page);
        pages++;
        if (!driver.getCurrentUrl().startsWith("file:")) {
          problems.add(name + ": opened as " + driver.getCurrentUrl());
        }
        // Resource Timing lists no file: entries in chromium, but would list a network fetch
        @SuppressWarnings("unchecked")
        List<String> resources =
            (List<String>)
                driver.executeScript(
                    "return performance.getEntriesByType('resource').map((e) => e.name);");
        for (String r : resources) {
          if (!r.startsWith("file:")) {
            problems.add(name + ": requested " + r);
          }
        }
        List<String> requests = requests();
        for (String r : requests) {
          if (!r.startsWith("file:")) {
            problems.add(name + ": requested " + r);
          }
        }
        if (requests.stream().noneMatch(r -> r.endsWith("/assets/trang.css"))) {
          problems.add(name + ": the style sheet was not requested: " + requests);
        }
        Object banner =
            driver.executeScript(
                "return getComputedStyle(document.querySelector('header')).backgroundColor;");
        if (!"rgb(31, 95, 168)".equals(banner)) {
          problems.add(name + ": the style sheet was not applied (banner " + banner + ")");
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> imgs =
            (List<Map<String, Object>>)
                driver.executeScript(
                    """
                    return [...document.images].map((i) => ({
                      src: i.getAttribute('src'), complete: i.complete, width: i.naturalWidth }));""");
        for (Map<String, Object> img : imgs) {
          images++;
          if (!Boolean.TRUE.equals(img.get("complete"))
              || ((Number) img.get("width")).intValue() <= 0) {
            problems.add(name + ": image not loaded " + img);
          }
        }
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
          if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
            problems.add(name + ": console " + e.getLevel() + " " + e.getMessage());
          }
        }
        screenshot(name, 1366);
      }
    }
    assertThat(problems).isEmpty();
    assertThat(pages).isEqualTo(4 + 5);
    assertThat(images).isGreaterThan(20);
    assertThat(screenshots.resolve("publish-2025-index.png")).isRegularFile();
    assertThat(screenshots.resolve("publish-2024-khoi-xa.png")).isRegularFile();
  }

  @Test
  void aPhoneScrollsTablesInsideTheirBoxNotThePageAndPrintDropsTheNavigation() throws Exception {
    Path page = SITES.get(2025).dir().resolve("khoi-xa.html");
    // a phone's viewport, as the page's viewport meta tag asks for it
    phone(844);
    try {
      open(page);
      Number overflow =
          (Number)
              driver.executeScript(
                  "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertThat(overflow.intValue())
          .as("sideways scroll of the page on a phone")
          .isLessThanOrEqualTo(0);
      assertThat(((Number) driver.executeScript("return window.innerWidth;")).intValue())
          .isEqualTo(PHONE_WIDTH);
      Number table =
          (Number)
              driver.executeScript(
                  "const t = document.getElementById('xep-hang');"
                      + " return t.parentElement.scrollWidth - t.parentElement.clientWidth;");
      assertThat(table.intValue()).as("the ranking scrolls inside its box").isGreaterThan(0);
      Number figure =
          (Number)
              driver.executeScript(
                  "return document.querySelector('figure img').getBoundingClientRect().width;");
      assertThat(figure.doubleValue()).isLessThanOrEqualTo(PHONE_WIDTH).isGreaterThan(200);
      long height =
          ((Number) driver.executeScript("return document.documentElement.scrollHeight"))
              .longValue();
      phone((int) Math.min(MAX_SCREENSHOT_HEIGHT, height));
      File shot = driver.getScreenshotAs(OutputType.FILE);
      Files.copy(
          shot.toPath(),
          screenshots.resolve("publish-2025-khoi-xa-phone.png"),
          StandardCopyOption.REPLACE_EXISTING);
    } finally {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    driver.manage().window().setSize(new Dimension(1366, 900));
    open(SITES.get(2025).dir().resolve("index.html"));
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      assertThat(
              driver.executeScript(
                  "return getComputedStyle(document.querySelector('nav')).display;"))
          .isEqualTo("none");
      screenshot("publish-2025-index-print", 1366);
    } finally {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  @Test
  void theChecksSeeARequestToTheNetworkABrokenImageAndAConsoleError() throws Exception {
    // a page that breaks every rule the site is held to: the checks above must see each breach
    Path bad = SampleRelease.target("publish-browser-test").resolve("vi-pham");
    Files.createDirectories(bad);
    Path page =
        Files.writeString(
            bad.resolve("index.html"),
            """
            <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" />
            <link rel="stylesheet" href="http://cdn.example.org/style.css" /></head>
            <body><img src="khong-co.svg" alt="" /><img src="https://example.org/logo.png" alt="" />
            <script>console.error('lỗi thử');</script></body></html>""");
    requests();
    driver.manage().logs().get(LogType.BROWSER);
    open(page);
    assertThat(requests())
        .contains("http://cdn.example.org/style.css", "https://example.org/logo.png")
        .anyMatch(r -> r.startsWith("file:") && r.endsWith("/khong-co.svg"));
    assertThat(
            driver.executeScript(
                "return [...document.images].filter((i) => i.naturalWidth > 0).length;"))
        .isEqualTo(0L);
    assertThat(driver.manage().logs().get(LogType.BROWSER).getAll())
        .anyMatch(
            e ->
                e.getLevel().intValue() >= Level.SEVERE.intValue()
                    && e.getMessage().contains("lỗi thử"));
  }

  /** The addresses of the requests since the last call, from the DevTools network events. */
  static List<String> requests() throws Exception {
    List<String> out = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
      JsonNode message = JSON.readTree(e.getMessage()).path("message");
      if ("Network.requestWillBeSent".equals(message.path("method").asText())) {
        out.add(message.path("params").path("request").path("url").asText());
      }
    }
    return out;
  }

  static void phone(int height) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", PHONE_WIDTH, "height", height, "deviceScaleFactor", 1, "mobile", true));
  }

  /** The whole page, not only the window, so that the artefact shows every table and chart. */
  static void screenshot(String name, int width) throws Exception {
    long height =
        ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
    driver
        .manage()
        .window()
        .setSize(new Dimension(width, (int) Math.min(MAX_SCREENSHOT_HEIGHT, height + 140)));
    File shot = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(
        shot.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
