package vn.cchc.report.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.query.catalog.CatalogConnections;
import vn.cchc.query.catalog.CatalogConnections.ReleaseRef;

/**
 * What every document of this module is made from: the warehouse's current release, opened for the
 * time it takes to read it. A warehouse that is not there, or holds no release yet, is refused with
 * the step to take.
 */
public final class CurrentRelease {
  private CurrentRelease() {}

  public static <T> T read(Path warehouse, BiFunction<CatalogConnections, ReleaseRef, T> reader) {
    if (!Files.isDirectory(warehouse)) {
      throw new CchcException(
          ErrorCode.INVALID_ARGUMENT,
          "Không thể đọc kho dữ liệu: thư mục không tồn tại: " + warehouse);
    }
    try (CatalogConnections catalog = CatalogConnections.open(warehouse)) {
      ReleaseRef release =
          catalog
              .release()
              .orElseThrow(
                  () ->
                      new CchcException(
                          ErrorCode.NOT_FOUND,
                          "Không thể đọc kho dữ liệu: chưa có bản phát hành nào trong "
                              + warehouse
                              + " (hãy chạy ./cchc transform)"));
      return reader.apply(catalog, release);
    }
  }
}
