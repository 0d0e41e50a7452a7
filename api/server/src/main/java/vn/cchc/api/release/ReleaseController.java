package vn.cchc.api.release;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.query.catalog.CatalogConnections;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Bản phát hành", description = "Bản phát hành đang được phục vụ và tình trạng máy chủ")
class ReleaseController {
  private final CatalogConnections catalog;

  ReleaseController(CatalogConnections catalog) {
    this.catalog = catalog;
  }

  @GetMapping("/release")
  @Operation(summary = "Bản phát hành hiện tại (mã, ảnh chụp dữ liệu nạp, ngày tính đến)")
  CatalogConnections.ReleaseRef release() {
    return catalog
        .release()
        .orElseThrow(
            () ->
                new CchcException(
                    ErrorCode.IO_ERROR, "Không thể đọc kho dữ liệu: chưa có bản phát hành nào"));
  }

  @GetMapping("/health")
  @Operation(summary = "Tình trạng máy chủ (không cần đăng nhập)")
  ResponseEntity<Map<String, Object>> health() {
    Map<String, Object> body = new LinkedHashMap<>();
    var release = catalog.release();
    if (release.isPresent()) {
      catalog.query("SELECT count(*) FROM release_info");
    }
    body.put("status", release.isPresent() ? "UP" : "NO_RELEASE");
    body.put("release_id", release.map(CatalogConnections.ReleaseRef::releaseId).orElse(null));
    return ResponseEntity.status(release.isPresent() ? 200 : 503).body(body);
  }
}
