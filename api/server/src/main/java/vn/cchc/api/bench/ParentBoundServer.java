package vn.cchc.api.bench;

import vn.cchc.api.ApiServer;

/**
 * The API server as a benchmark starts it: {@link ApiServer} that exits as soon as the process that
 * started it is gone, so that a benchmark killed outright (no {@code finally}, no shutdown hook)
 * leaves no server behind on its port.
 */
public final class ParentBoundServer {
  private ParentBoundServer() {}

  public static void main(String[] args) {
    ProcessHandle.current()
        .parent()
        .ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
    ApiServer.main(args);
  }
}
