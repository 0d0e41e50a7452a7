package vn.cchc.api.release;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.cchc.query.catalog.CatalogConnections;

/** Picks up a newly published release even when no request arrives to notice it. */
@Component
class ReleaseWatcher {
  private static final Logger LOG = LoggerFactory.getLogger(ReleaseWatcher.class);
  private final CatalogConnections catalog;

  ReleaseWatcher(CatalogConnections catalog) {
    this.catalog = catalog;
  }

  @Scheduled(fixedDelayString = "${cchc.reload-interval:1s}")
  void check() {
    try {
      if (catalog.refresh()) {
        LOG.info(
            "Đã chuyển sang bản phát hành {}",
            catalog.release().map(CatalogConnections.ReleaseRef::releaseId).orElse("?"));
      }
    } catch (RuntimeException e) {
      LOG.warn("Không thể mở bản phát hành mới, tiếp tục dùng bản cũ: {}", e.getMessage());
    }
  }
}
