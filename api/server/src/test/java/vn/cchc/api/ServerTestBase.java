package vn.cchc.api;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cchc.testsupport.SampleWarehouse;

/**
 * A real server on a free loopback port over the sample release, with the demo accounts. Subclasses
 * share one Spring context (same configuration), so the suite starts it once.
 */
@SpringBootTest(
    classes = ApiServer.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
public abstract class ServerTestBase extends HttpTestBase {
  private static String freshUserStore() {
    try {
      java.nio.file.Files.deleteIfExists(userStore());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return userStore().toString();
  }

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry r) {
    r.add("cchc.warehouse", () -> SampleWarehouse.get().toString());
    r.add("cchc.sql.audit-file", () -> auditFile().toString());
    r.add("cchc.audit.file", () -> eventAuditFile().toString());
    r.add("cchc.security.user-store", ServerTestBase::freshUserStore);
    r.add("cchc.sql.timeout", () -> "3s");
    r.add("cchc.sql.max-rows", () -> "500");
  }
}
