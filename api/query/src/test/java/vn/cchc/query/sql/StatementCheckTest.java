package vn.cchc.query.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StatementCheckTest {
  @Test
  void readingStatementsPassWithoutTheirTrailingSemicolon() {
    assertThat(StatementCheck.check("SELECT 1;")).isEqualTo("SELECT 1");
    assertThat(StatementCheck.check("  with a as (select 1) select * from a")).startsWith("with a");
    assertThat(StatementCheck.check("(SELECT 1) UNION (SELECT 2)"))
        .isEqualTo("(SELECT 1) UNION (SELECT 2)");
    assertThat(StatementCheck.check("FROM index_scores LIMIT 3"))
        .isEqualTo("FROM index_scores LIMIT 3");
    assertThat(StatementCheck.check("SELECT ';' AS semicolon -- ; DROP\n"))
        .isEqualTo("SELECT ';' AS semicolon -- ; DROP");
  }

  @Test
  void writesAndSettingsAreRefusedByName() {
    assertThatThrownBy(() -> StatementCheck.check("copy t to '/tmp/x'"))
        .isInstanceOf(SqlRefused.class)
        .hasMessage(
            "Không thể chạy câu lệnh COPY: chỉ được phép đọc dữ liệu (SELECT, WITH, FROM, VALUES, DESCRIBE, SHOW,"
                + " SUMMARIZE)");
    assertThatThrownBy(() -> StatementCheck.check("-- comment\n/* block */ pragma threads=1"))
        .hasMessageStartingWith("Không thể chạy câu lệnh PRAGMA");
  }

  @Test
  void aSecondStatementIsRefusedEvenBehindQuotesAndComments() {
    assertThatThrownBy(() -> StatementCheck.check("SELECT 'a'';'; SET threads = 1"))
        .isInstanceOf(SqlRefused.class)
        .hasMessage("Không thể chạy nhiều câu lệnh một lúc: mỗi lần chỉ gửi một câu SELECT")
        .extracting(e -> ((SqlRefused) e).reason())
        .isEqualTo(SqlRefused.Reason.MULTIPLE_STATEMENTS);
  }

  @Test
  void anEmptyStatementIsRefused() {
    assertThatThrownBy(() -> StatementCheck.check("   "))
        .hasMessage("Không thể chạy câu lệnh rỗng: hãy nhập một câu SELECT");
  }
}
