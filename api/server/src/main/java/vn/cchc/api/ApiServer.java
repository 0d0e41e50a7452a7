package vn.cchc.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import vn.cchc.api.security.DemoAccounts;
import vn.cchc.model.cli.CommandLine;
import vn.cchc.model.cli.ExitCode;
import vn.cchc.model.error.CchcException;

/**
 * {@code ./cchc serve [--warehouse DIR] [--port 8080] [--demo]}: the JSON API, ad-hoc SQL and the
 * dashboard over the warehouse's current release, on 127.0.0.1 unless {@code --address} says
 * otherwise. Without {@code --warehouse}, Spring reads {@code CCHC_WAREHOUSE} into {@code
 * cchc.warehouse} ({@link ApiConfig}). Other Spring Boot settings pass through as {@code
 * --key=value}. A refused start-up ({@link StartupRefusal}) prints one Vietnamese line and exits 2.
 */
@SpringBootApplication
@EnableConfigurationProperties(ApiConfig.class)
public class ApiServer {
  static final String USAGE =
      """
      Cách dùng: ./cchc serve [--warehouse THƯ_MỤC] [--port 8080] [--address 127.0.0.1] [--demo]
        Máy chủ API, SQL và bảng điều khiển trên bản phát hành hiện hành của kho
        (mặc định: biến CCHC_WAREHOUSE hoặc ./warehouse).
        --demo  các tài khoản demo, mật khẩu công khai in ra khi khởi động
        Khóa cấu hình khác của Spring Boot: --khóa=giá_trị (ví dụ --server.tomcat.threads.max=50).""";
  static final CommandLine COMMAND_LINE =
      CommandLine.of(USAGE)
          .option(CommandLine.WAREHOUSE, "port", "address")
          .flag("demo")
          .passingOnOtherSettings();

  public static void main(String[] args) {
    CommandLine.Arguments arguments;
    try {
      arguments = COMMAND_LINE.parse(args);
    } catch (CchcException e) {
      System.exit(COMMAND_LINE.refuse(e, System.err));
      return;
    }
    if (arguments.help()) {
      COMMAND_LINE.printUsage(System.out);
      return;
    }
    SpringApplication app = new SpringApplication(ApiServer.class);
    if (arguments.flag("demo")) {
      app.setAdditionalProfiles(DemoAccounts.PROFILE);
    }
    ConfigurableApplicationContext ctx;
    try {
      ctx = app.run(springArguments(arguments).toArray(String[]::new));
    } catch (RuntimeException e) {
      Optional<String> refusal = StartupRefusal.message(e);
      if (refusal.isEmpty()) {
        throw e;
      }
      System.err.println(refusal.get());
      System.exit(ExitCode.USAGE);
      return;
    }
    String address = ctx.getEnvironment().getProperty("server.address", "127.0.0.1");
    String port = ctx.getEnvironment().getProperty("local.server.port", "8080");
    System.out.println(
        "Máy chủ CCHC đang chạy: http://"
            + address
            + ":"
            + port
            + "/  (API: /api/v1, tài liệu: /swagger-ui.html)");
    if (ctx.getEnvironment()
        .acceptsProfiles(org.springframework.core.env.Profiles.of(DemoAccounts.PROFILE))) {
      System.out.println(DemoAccounts.describe());
    }
  }

  /** The command line as Spring Boot reads it: our options as its keys, other settings as given. */
  static List<String> springArguments(CommandLine.Arguments arguments) {
    List<String> spring = new ArrayList<>();
    arguments.value(CommandLine.WAREHOUSE).ifPresent(w -> spring.add("--cchc.warehouse=" + w));
    arguments.value("port").ifPresent(p -> spring.add("--server.port=" + p));
    arguments.value("address").ifPresent(a -> spring.add("--server.address=" + a));
    spring.addAll(arguments.passedOn());
    return spring;
  }
}
