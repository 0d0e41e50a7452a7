package vn.cchc.api.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.cchc.api.ServerTestBase;
import vn.cchc.testsupport.HeadlessChromium;
import vn.cchc.testsupport.Repo;

/**
 * Opens every dashboard page in Debian's chromium as a viewer: each chart must have drawn with data
 * and the console must stay clean; the communes' map must colour every commune, and a click opens
 * its profile. Screenshots go to api/target/screenshots (kept as build artefacts).
 */
class DashboardBrowserTest extends ServerTestBase {
  static final Duration PAGE_TIMEOUT = Duration.ofSeconds(60);
  static final int MAX_SCREENSHOT_HEIGHT = 6000;

  /** The communes, wards and special zones of An Giang from 1 July 2025. */
  static final int COMMUNES = 102;

  static ChromeDriver driver;
  static Path screenshots;

  record Page(String name, String path, List<String> charts, int width, int height) {}

  static final List<Page> PAGES =
      List.of(
          new Page(
              "overview",
              "/dashboard/overview.html?year=2024&bloc=SO",
              List.of("ranking", "bands", "movers", "map"),
              1366,
              900),
          new Page(
              "overview-xa-as-is-en",
              "/dashboard/overview.html?year=2024&bloc=XA&basis=AS_IS&lang=en",
              List.of("ranking", "bands", "movers", "map"),
              1366,
              900),
          new Page(
              "heatmap",
              "/dashboard/heatmap.html?year=2024&bloc=SO",
              List.of("heatmap"),
              1366,
              900),
          new Page(
              "heatmap-criteria",
              "/dashboard/heatmap.html?year=2024&bloc=SO&field=3",
              List.of("heatmap"),
              1366,
              900),
          new Page(
              "unit",
              "/dashboard/unit.html?year=2024&bloc=SO&unit=89-SNV@2015-01-01",
              List.of("radar", "trend", "weakest", "gaps", "satisfaction"),
              1366,
              900),
          new Page(
              "unit-as-is-2025",
              "/dashboard/unit.html?year=2025&bloc=SO&unit=91-SNV@2025-07-01&basis=AS_IS",
              List.of("radar", "trend", "weakest", "gaps", "satisfaction"),
              1366,
              900),
          new Page(
              "unit-commune",
              "/dashboard/unit.html?unit=30307&basis=AS_IS",
              List.of("radar", "trend", "weakest", "gaps", "satisfaction", "map"),
              1366,
              900),
          new Page(
              "unit-old-commune-2024",
              "/dashboard/unit.html?year=2024&unit=30307@2015-01-01",
              List.of("radar", "trend", "weakest", "gaps", "satisfaction", "map"),
              1366,
              900),
          new Page(
              "inspections",
              "/dashboard/inspections.html?year=2024",
              List.of("outcomes", "targets-chart", "tracker-fields"),
              1366,
              900),
          new Page(
              "overview-tablet",
              "/dashboard/overview.html?year=2025&bloc=SO&basis=AS_IS",
              List.of("ranking", "bands", "movers", "map"),
              820,
              1180),
          new Page(
              "unit-tablet",
              "/dashboard/unit.html?year=2024&bloc=HUYEN",
              List.of("radar", "trend", "weakest", "gaps", "satisfaction"),
              820,
              1180));

  @BeforeAll
  static void browser() throws Exception {
    screenshots = Repo.root().resolve("api/target/screenshots");
    Files.createDirectories(screenshots);
    driver = HeadlessChromium.start(List.of(), Map.of(LogType.BROWSER, Level.ALL.getName()));
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
      new WebDriverWait(driver, PAGE_TIMEOUT)
          .until(
              d ->
                  "true"
                      .equals(driver.executeScript("return document.body.dataset.ready || null")));
      Thread.sleep(300); // let ECharts finish its first frame before the screenshot
      String status = driver.findElement(By.id("status")).getText();
      if (!status.isBlank()) {
        problems.add(page.name() + ": " + status);
      }
      for (String chart : page.charts()) {
        Object points =
            driver.executeScript(
                """
            const c = window.cchc.charts[arguments[0]];
            if (!c || !document.querySelector('#' + arguments[0] + ' canvas, #' + arguments[0] + ' svg')) return -1;
            let n = 0;
            for (const s of (c.getOption().series || [])) {
              for (const d of (s.data || [])) {
                const v = d && d.value !== undefined ? d.value : d;
                if (Array.isArray(v) ? v.some((x) => x !== null && x !== undefined) : v !== null && v !== undefined) n++;
              }
            }
            return n;""",
                chart);
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
      long height =
          ((Number) driver.executeScript("return document.documentElement.scrollHeight"))
              .longValue();
      driver
          .manage()
          .window()
          .setSize(
              new Dimension(page.width(), (int) Math.min(MAX_SCREENSHOT_HEIGHT, height + 140)));
      Object ignored =
          driver.executeScript(
              "Object.values(window.cchc.charts).forEach((c) => c.resize()); return 0;");
      Thread.sleep(300);
      File shot = driver.getScreenshotAs(OutputType.FILE);
      Files.copy(
          shot.toPath(),
          screenshots.resolve(page.name() + ".png"),
          StandardCopyOption.REPLACE_EXISTING);
    }
    assertThat(problems).isEmpty();
    assertThat(screenshots.resolve("overview.png")).exists();
  }

  @Test
  void theMapColoursAllCommunesAndOpensTheProfileOfTheOneClicked() throws Exception {
    login();
    JsonNode geo =
        JSON.readTree(
            Repo.root()
                .resolve(
                    "api/query/src/main/resources/META-INF/resources/dashboard/assets/geo/an_giang_communes_2025.geojson")
                .toFile());
    assertThat(geo.get("features")).hasSize(COMMUNES);
    driver.manage().window().setSize(new Dimension(1366, 1200));
    for (String year : List.of("2025", "2024")) {
      driver.get(base() + "/dashboard/overview.html?year=" + year + "&bloc=XA");
      new WebDriverWait(driver, PAGE_TIMEOUT)
          .until(
              d ->
                  "true"
                      .equals(driver.executeScript("return document.body.dataset.ready || null")));
      assertThat(driver.findElement(By.id("status")).getText()).isBlank();
      // what ECharts drew: one SVG path per commune, filled with a colour that is not the "no
      // value" grey
      @SuppressWarnings("unchecked")
      Map<String, Object> drawn =
          (Map<String, Object>)
              driver.executeScript(
                  """
          const grey = window.cchc.MAP_NO_DATA;
          const paths = [...document.querySelectorAll('#map svg path')];
          const painted = paths.filter((p) => { const f = (p.getAttribute('fill') || '').toLowerCase();
            return f && f !== 'none' && f !== grey && f !== '#fff' && f !== '#ffffff' && f !== 'rgb(255,255,255)'; });
          const series = window.cchc.charts.map.getOption().series[0];
          const items = series.data.filter((d) => d.value !== null && d.value !== undefined && d.itemStyle.areaColor !== grey);
          return { paths: paths.length, painted: painted.length, items: items.length,
                   names: items.map((d) => d.name).sort().join(','), type: series.type };""");
      assertThat(drawn.get("type")).isEqualTo("map");
      assertThat(((Number) drawn.get("paths")).intValue())
          .as("paths in " + year)
          .isEqualTo(COMMUNES);
      assertThat(((Number) drawn.get("painted")).intValue())
          .as("coloured paths in " + year)
          .isEqualTo(COMMUNES);
      assertThat(((Number) drawn.get("items")).intValue())
          .as("communes with a value in " + year)
          .isEqualTo(COMMUNES);
      List<String> codes = new ArrayList<>();
      geo.get("features").forEach(f -> codes.add(f.get("properties").get("ward_code").asText()));
      assertThat(drawn.get("names")).isEqualTo(String.join(",", codes.stream().sorted().toList()));
      if (year.equals("2024")) {
        assertThat(driver.findElement(By.id("map-title")).getText())
            .isEqualTo("Bản đồ chỉ số CCHC cấp xã — 2024 (quy đổi về xã, phường hiện nay)");
        // a commune without a value would be grey and say so
        Object tip =
            driver.executeScript(
                """
            const f = window.cchc.charts.map.getOption().tooltip[0].formatter;
            return f({ name: '30307', data: { featureName: 'Phường Long Xuyên', row: { unit_code: '30307',
              unit_name: 'Phường Long Xuyên', unit_label: 'Phường Long Xuyên (30307, 01/07/2025 – nay)', index_pct: null } } });""");
        assertThat((String) tip).contains("Chưa có số liệu năm 2024");
      }
      File shot = driver.findElement(By.cssSelector(".map-card")).getScreenshotAs(OutputType.FILE);
      Files.copy(
          shot.toPath(),
          screenshots.resolve(year.equals("2025") ? "map.png" : "map-2024-as-is.png"),
          StandardCopyOption.REPLACE_EXISTING);
    }
    // a real click on Phú Quốc island (Đặc khu Phú Quốc, 31078) opens its profile
    @SuppressWarnings("unchecked")
    List<Number> point =
        (List<Number>)
            driver.executeScript(
                """
        const c = window.cchc.charts.map;
        const px = c.convertToPixel({ seriesIndex: 0 }, [103.965, 10.23]);
        const r = document.getElementById('map').getBoundingClientRect();
        return [Math.round(r.left + px[0]), Math.round(r.top + px[1])];""");
    new Actions(driver)
        .moveToLocation(point.get(0).intValue(), point.get(1).intValue())
        .click()
        .perform();
    new WebDriverWait(driver, PAGE_TIMEOUT)
        .until(d -> driver.getCurrentUrl().contains("/dashboard/unit.html"));
    new WebDriverWait(driver, PAGE_TIMEOUT)
        .until(
            d -> "true".equals(driver.executeScript("return document.body.dataset.ready || null")));
    assertThat(driver.getCurrentUrl()).contains("unit=31078%402025-07-01", "bloc=XA");
    assertThat(driver.findElement(By.id("kpis")).getText()).contains("Đặc khu Phú Quốc", "31078");
    assertThat(driver.findElement(By.id("map-card")).isDisplayed()).isTrue();
  }

  @Test
  void theRemediationTrackerCountsOpenFindingsAndTellsAViewerTheReminderListIsForAnalysts() {
    login();
    driver.manage().window().setSize(new Dimension(1366, 900));
    driver.get(base() + "/dashboard/inspections.html?due=60");
    new WebDriverWait(driver, PAGE_TIMEOUT)
        .until(
            d -> "true".equals(driver.executeScript("return document.body.dataset.ready || null")));
    assertThat(driver.findElement(By.id("status")).getText()).isBlank();
    assertThat(driver.findElement(By.id("due-within")).getAttribute("value")).isEqualTo("60");
    // the sample's 63 open findings, all overdue on its release date (30/06/2026)
    assertThat(driver.findElement(By.id("tracker-kpis")).getText())
        .contains("Chưa khắc phục\n63", "Quá hạn\n63", "Sắp đến hạn (60 ngày)\n0");
    assertThat(driver.findElement(By.id("tracker-note")).getText())
        .startsWith("Tính đến ngày 30/06/2026")
        .contains("đến hết ngày 29/08/2026");
    assertThat(driver.findElements(By.cssSelector("#tracker-units tbody tr")))
        .hasSizeGreaterThan(1);
    assertThat(driver.findElement(By.id("effect-year")).getAttribute("value")).isEqualTo("2023");
    assertThat(driver.findElements(By.cssSelector("#effect tbody tr"))).hasSizeGreaterThan(1);
    driver.findElement(By.id("reminders-download")).click();
    new WebDriverWait(driver, PAGE_TIMEOUT)
        .until(d -> d.findElement(By.id("reminders-message")).isDisplayed());
    assertThat(driver.findElement(By.id("reminders-message")).getText())
        .isEqualTo(
            "Không thể xuất danh sách theo từng đơn vị ra tệp: cần vai trò ANALYST hoặc ADMIN");
    // the browser reports the refused download itself; nothing else may be on the console
    List<String> console = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
        console.add(e.getMessage());
      }
    }
    assertThat(console)
        .singleElement()
        .satisfies(
            m ->
                assertThat(m)
                    .contains("/api/v1/findings/reminders.xlsx?due_within_days=60", "403"));
  }

  @Test
  void theUnitPagePrintsWithoutNavigationAndWithItsCharts() throws Exception {
    login();
    driver.manage().window().setSize(new Dimension(1000, 1400));
    driver.get(base() + "/dashboard/unit.html?year=2024&bloc=SO&unit=89-STC@2015-01-01");
    new WebDriverWait(driver, PAGE_TIMEOUT)
        .until(
            d -> "true".equals(driver.executeScript("return document.body.dataset.ready || null")));
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    Object ignored =
        driver.executeScript("window.dispatchEvent(new Event('beforeprint')); return 0;");
    Thread.sleep(300);
    assertThat(driver.findElement(By.cssSelector("nav.pages")).isDisplayed()).isFalse();
    assertThat(driver.findElement(By.cssSelector("#radar canvas")).isDisplayed()).isTrue();
    File shot = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(
        shot.toPath(), screenshots.resolve("unit-print.png"), StandardCopyOption.REPLACE_EXISTING);
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
  }

  @Test
  void filtersLiveInTheUrlSoLinksCanBeShared() {
    login();
    driver.manage().window().setSize(new Dimension(1366, 900));
    driver.get(base() + "/dashboard/heatmap.html?year=2023&bloc=XA&lang=en");
    new WebDriverWait(driver, PAGE_TIMEOUT)
        .until(
            d -> "true".equals(driver.executeScript("return document.body.dataset.ready || null")));
    assertThat(driver.findElement(By.cssSelector("select[name=year]")).getAttribute("value"))
        .isEqualTo("2023");
    assertThat(driver.findElement(By.cssSelector("select[name=bloc]")).getAttribute("value"))
        .isEqualTo("XA");
    assertThat(driver.findElement(By.cssSelector("nav.pages a[data-page=unit]")).getText())
        .isEqualTo("Unit profile");
    assertThat(
            driver.findElement(By.cssSelector("nav.pages a[data-page=unit]")).getAttribute("href"))
        .endsWith("/dashboard/unit.html?year=2023&bloc=XA&basis=AS_WAS&lang=en");
    driver.executeScript(
        "const s = document.querySelector('select[name=year]'); s.value = '2022';"
            + " s.dispatchEvent(new Event('change', {bubbles: true}));");
    new WebDriverWait(driver, PAGE_TIMEOUT)
        .until(d -> driver.getCurrentUrl().contains("year=2022"));
    assertThat(driver.getCurrentUrl()).contains("bloc=XA", "lang=en");
  }

  @Test
  void theLoginPageAndTheApiDocumentationWorkUnderTheContentSecurityPolicy() {
    driver.get(base() + "/login.html?error");
    waitReady();
    assertThat(driver.findElement(By.id("message")).getText())
        .isEqualTo("Sai tên đăng nhập hoặc mật khẩu.");
    login();
    driver.get(base() + "/swagger-ui/index.html");
    new WebDriverWait(driver, PAGE_TIMEOUT)
        .until(d -> !d.findElements(By.cssSelector(".opblock")).isEmpty());
    List<String> console = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
        console.add(e.getLevel() + " " + e.getMessage());
      }
    }
    assertThat(console).isEmpty();
  }

  @Test
  void aUnitOfficialSeesItsOwnProfileAndIsToldWhyAnotherUnitsDetailIsRefused() throws Exception {
    driver.get(base() + "/logout");
    try {
      driver.manage().window().setSize(new Dimension(1366, 900));
      driver.manage().logs().get(LogType.BROWSER); // forget the earlier pages' messages
      signIn("donvi", "donvi-demo");
      driver.get(base() + "/dashboard/unit.html");
      waitReady();
      assertThat(driver.findElement(By.id("status")).getText()).isBlank();
      assertThat(driver.findElement(By.id("kpis")).getText())
          .contains("91-SNV", "Sở Nội vụ tỉnh An Giang");
      assertThat(driver.findElement(By.id("user")).getText()).isEqualTo("donvi · Cán bộ đơn vị");
      assertThat(driver.findElements(By.cssSelector("#findings tbody tr"))).isNotEmpty();
      keep("unit-own.png");

      driver.get(base() + "/dashboard/unit.html?unit=89-SYT@2015-01-01");
      waitReady();
      WebElement status = driver.findElement(By.id("status"));
      assertThat(status.isDisplayed()).as(status.getAttribute("outerHTML")).isTrue();
      assertThat(status.getText())
          .isEqualTo(
              "Không tải được dữ liệu: Không thể xem chi tiết của đơn vị Sở Y tế tỉnh An Giang: tài"
                  + " khoản donvi chỉ được xem chi tiết của đơn vị mình (Sở Nội vụ tỉnh An Giang"
                  + " (91-SNV, 01/07/2025 – nay)) và các đơn vị tiền thân của nó");
      assertThat(driver.findElement(By.id("kpis")).getText()).doesNotContain("Sở Y tế");
      keep("unit-refused.png");
      // the refused call itself is the only thing the browser reports
      List<String> console = new ArrayList<>();
      for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
        if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
          console.add(e.getMessage());
        }
      }
      assertThat(console)
          .allSatisfy(m -> assertThat(m).containsAnyOf("403", "Không thể xem chi tiết"));
    } finally {
      driver.get(base() + "/logout");
    }
  }

  private void waitReady() {
    new WebDriverWait(driver, PAGE_TIMEOUT)
        .until(
            d -> "true".equals(driver.executeScript("return document.body.dataset.ready || null")));
  }

  private void keep(String name) throws IOException {
    File shot = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), screenshots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  private void login() {
    driver.get(base() + "/login.html");
    if (!driver.getCurrentUrl().endsWith("/login.html")) {
      return;
    }
    signIn("viewer", "xem-demo");
  }

  private void signIn(String user, String password) {
    driver.get(base() + "/login.html");
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("submit")).click();
    new WebDriverWait(driver, PAGE_TIMEOUT)
        .until(d -> driver.getCurrentUrl().contains("/dashboard/"));
  }
}
