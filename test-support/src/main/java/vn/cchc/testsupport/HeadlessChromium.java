package vn.cchc.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium, headless, driven by its chromedriver, for the browser tests of the dashboard
 * and of the public results site: a fresh profile, no background traffic of its own, 1366×900,
 * Vietnamese. A module that uses it declares Selenium itself (it is optional here).
 */
public final class HeadlessChromium {
  private HeadlessChromium() {}

  public static final String CHROMIUM = "/usr/bin/chromium";
  public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  /**
   * Starts the browser with these arguments besides the common ones, and this {@code
   * goog:loggingPrefs} (log type → level).
   */
  public static ChromeDriver start(List<String> arguments, Map<String, String> logging)
      throws IOException {
    assertThat(new File(CHROMIUM))
        .as("Debian chromium (apt-get install chromium chromium-driver)")
        .exists();
    assertThat(new File(CHROMEDRIVER)).as("Debian chromium-driver").exists();
    Path profile = Files.createTempDirectory("cchc-chromium-");
    List<String> all =
        new ArrayList<>(
            List.of(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile,
                "--window-size=1366,900",
                "--lang=vi-VN"));
    all.addAll(arguments);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(all);
    options.setCapability("goog:loggingPrefs", logging);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }
}
