package vn.cchc.api.release;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.cchc.model.error.CchcException;
import vn.cchc.query.catalog.Sandbox;

class MemoryBudgetTest {
  static final long MIB = 1024L * 1024;

  @Test
  void heapAndTwiceDuckDbsLimitMustFitInTheMachine() {
    Sandbox oneGb = new Sandbox("1GB", 2);
    // 1 GiB heap + 2 × 1 GB + 256 MiB ≈ 3.1 GiB
    assertThatCode(() -> MemoryBudget.check(oneGb, 1024 * MIB, 4096 * MIB))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> MemoryBudget.check(oneGb, 1024 * MIB, 3072 * MIB))
        .isInstanceOf(CchcException.class)
        .hasMessage(
            "Không thể khởi động máy chủ: bộ nhớ heap của JVM (1024 MiB) cộng 2 ×"
                + " cchc.duckdb.memory-limit (1GB) và 256 MiB cho JVM vượt quá bộ nhớ của máy"
                + " (3072 MiB); hãy giảm -Xmx trong JAVA_OPTS hoặc cchc.duckdb.memory-limit");
  }

  @Test
  void anUnknownMachineSizeIsNotRefused() {
    assertThatCode(() -> MemoryBudget.check(Sandbox.defaults(), 64L * 1024 * MIB, 0))
        .doesNotThrowAnyException();
  }
}
