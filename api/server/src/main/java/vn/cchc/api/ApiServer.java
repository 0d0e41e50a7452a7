package vn.cchc.api;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import vn.cchc.api.security.DemoAccounts;

/**
 * {@code ./cchc serve [--warehouse DIR] [--port 8080] [--demo]}: the JSON API, ad-hoc SQL and the dashboard
 * over the warehouse's current release, on 127.0.0.1 unless {@code --address} says otherwise.
 */
@SpringBootApplication
@EnableConfigurationProperties(ApiConfig.class)
public class ApiServer {
  public static void main(String[] args) {
    List<String> rest = new ArrayList<>();
    boolean demo = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--warehouse" -> rest.add("--cchc.warehouse=" + args[++i]);
        case "--port" -> rest.add("--server.port=" + args[++i]);
        case "--address" -> rest.add("--server.address=" + args[++i]);
        case "--demo" -> demo = true;
        case "-h", "--help" -> {
          System.out.println("Cách dùng: ./cchc serve [--warehouse THƯ_MỤC] [--port 8080] [--address 127.0.0.1] [--demo]");
          return;
        }
        default -> rest.add(args[i]);
      }
    }
    SpringApplication app = new SpringApplication(ApiServer.class);
    if (demo) {
      app.setAdditionalProfiles(DemoAccounts.PROFILE);
    }
    ConfigurableApplicationContext ctx = app.run(rest.toArray(String[]::new));
    String address = ctx.getEnvironment().getProperty("server.address", "127.0.0.1");
    String port = ctx.getEnvironment().getProperty("local.server.port", "8080");
    System.out.println("Máy chủ CCHC đang chạy: http://" + address + ":" + port + "/  (API: /api/v1, tài liệu: /swagger-ui.html)");
    if (ctx.getEnvironment().acceptsProfiles(org.springframework.core.env.Profiles.of(DemoAccounts.PROFILE))) {
      System.out.println(DemoAccounts.describe());
    }
  }
}
