package vn.cchc.model.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;

/**
 * The driver cuts a URL at ';', so a path travels as an SQL literal (opened for real elsewhere).
 */
class DuckDbFilesTest {
  private static final Path FILE = Path.of("/srv/kho;2025 Sở Nội vụ/it's/catalog.duckdb");

  @Test
  void attachQuotesThePathAsOneLiteral() {
    assertThat(DuckDbFiles.attach(FILE))
        .isEqualTo("ATTACH '/srv/kho;2025 Sở Nội vụ/it''s/catalog.duckdb' AS db; USE db");
    assertThat(DuckDbFiles.attachReadOnly(FILE))
        .isEqualTo(
            "ATTACH '/srv/kho;2025 Sở Nội vụ/it''s/catalog.duckdb' AS db (READ_ONLY); USE db");
  }

  @Test
  void aUrlIsRefusedInVietnameseWhenThePathHoldsASemicolon() {
    assertThat(DuckDbFiles.url(Path.of("/srv/kho 2025 Sở/catalog.duckdb")))
        .isEqualTo("jdbc:duckdb:/srv/kho 2025 Sở/catalog.duckdb");
    assertThatThrownBy(() -> DuckDbFiles.url(FILE))
        .isInstanceOf(CchcException.class)
        .hasMessage(
            "Không thể mở tệp DuckDB /srv/kho;2025 Sở Nội vụ/it's/catalog.duckdb: đường dẫn có dấu"
                + " ';', mà trình điều khiển JDBC của DuckDB dùng để ngăn cách các thuộc tính; hãy"
                + " dùng một thư mục không có dấu ';'")
        .extracting(e -> ((CchcException) e).code())
        .isEqualTo(ErrorCode.INVALID_ARGUMENT);
  }
}
