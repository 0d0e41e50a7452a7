package vn.cchc.api.ranking;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.api.Marts;
import vn.cchc.api.error.ProblemAdvice;
import vn.cchc.api.export.ExportConfiguration;
import vn.cchc.api.export.TableJson;
import vn.cchc.api.release.CatalogConfiguration;
import vn.cchc.api.security.SecurityConfiguration;
import vn.cchc.testsupport.SampleWarehouse;

/** The ranking controller alone, over the real sample catalog: shape, export and errors. */
@WebMvcTest(controllers = RankingController.class)
@Import({
  CatalogConfiguration.class,
  SecurityConfiguration.class,
  ProblemAdvice.class,
  ExportConfiguration.class,
  TableJson.class
})
@ActiveProfiles("demo")
class RankingControllerTest {
  static final String ANALYST =
      "Basic "
          + Base64.getEncoder()
              .encodeToString("analyst:phantich-demo".getBytes(StandardCharsets.UTF_8));

  @Autowired MockMvc mvc;

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry r) {
    r.add("cchc.warehouse", () -> SampleWarehouse.get().toString());
  }

  @Test
  void rankingIsAListWithColumnsCountAndRows() throws Exception {
    mvc.perform(
            get("/api/v1/ranking")
                .param("year", "2023")
                .param("bloc", "XA")
                .header("Authorization", ANALYST))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.count").value(298))
        .andExpect(jsonPath("$.truncated").value(false))
        .andExpect(jsonPath("$.columns[0]").value("rank_in_bloc"))
        .andExpect(jsonPath("$.rows[0].rank_in_bloc").value(1))
        .andExpect(
            jsonPath("$.rows[0].unit_code")
                .value(
                    Marts.single(
                        "SELECT unit_code FROM index_scores WHERE year = 2023 AND bloc = 'XA' ORDER BY rank_in_bloc, unit_code LIMIT 1")));
  }

  @Test
  void blocsAreTheThreeRankedBlocs() throws Exception {
    mvc.perform(get("/api/v1/blocs").header("Authorization", ANALYST))
        .andExpect(
            jsonPath("$.rows[*].bloc").value(org.hamcrest.Matchers.contains("SO", "HUYEN", "XA")))
        .andExpect(jsonPath("$.rows[1].label_vi").value("Khối UBND cấp huyện"));
  }

  @Test
  void anXlsxExportIsADownload() throws Exception {
    mvc.perform(
            get("/api/v1/ranking")
                .param("year", "2022")
                .param("format", "xlsx")
                .header("Authorization", ANALYST))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .andExpect(
            header()
                .string(
                    "Content-Disposition",
                    org.hamcrest.Matchers.containsString("cchc-ranking-2022.xlsx")));
  }

  @Test
  void anUnknownFormatIsABadRequestInVietnamese() throws Exception {
    mvc.perform(get("/api/v1/overview").param("format", "pdf").header("Authorization", ANALYST))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "Không thể xuất dữ liệu này theo định dạng pdf: chỉ các danh sách mới xuất được CSV hoặc XLSX"));
  }

  @Test
  void overviewWithAnUnknownBasisIsABadRequest() throws Exception {
    mvc.perform(get("/api/v1/overview").param("basis", "LATER").header("Authorization", ANALYST))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(
            jsonPath("$.detail")
                .value("Không thể hiểu cách so sánh (basis): LATER (chỉ nhận AS_WAS hoặc AS_IS)"))
        .andExpect(jsonPath("$.status").value(400));
  }
}
