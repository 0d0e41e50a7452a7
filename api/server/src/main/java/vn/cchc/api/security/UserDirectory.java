package vn.cchc.api.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;

/**
 * The users who sign in with a password: those declared in configuration, then those of the local
 * {@link UserStore}. The store is read again whenever its file changes (its time or size), so
 * {@code ./cchc users disable} takes effect at the next request; a file that no longer reads keeps
 * the users read last, with an error in the log. A name in both places is refused at start-up.
 */
public final class UserDirectory implements UserDetailsService {
  private static final Logger LOG = LoggerFactory.getLogger(UserDirectory.class);

  private record Snapshot(Object stamp, Map<String, UserStore.StoredUser> users) {}

  private final Map<String, UserDetails> configured = new HashMap<>();
  private final UserStore store;
  private final SignIns signIns;
  private volatile Snapshot snapshot = new Snapshot(null, Map.of());

  public UserDirectory(List<UserDetails> configured, UserStore store, SignIns signIns) {
    configured.forEach(u -> this.configured.put(u.getUsername(), u));
    this.store = store;
    this.signIns = signIns;
    Snapshot first = read(); // a store that does not read stops the start
    for (String name : first.users().keySet()) {
      if (this.configured.containsKey(name)) {
        throw new CchcException(
            ErrorCode.INVALID_INPUT,
            "Không thể khởi động máy chủ: tài khoản "
                + name
                + " có cả trong cấu hình (cchc.security.users) lẫn kho người dùng "
                + store.file());
      }
    }
    snapshot = first;
  }

  /** Whether anyone at all can sign in with a password. */
  public boolean isEmpty() {
    return configured.isEmpty() && current().users().isEmpty();
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    UserDetails c = configured.get(username);
    boolean locked = signIns.lockedUntil(username).isPresent();
    if (c != null) {
      return User.withUserDetails(c).accountLocked(locked).build();
    }
    UserStore.StoredUser s = current().users().get(username);
    if (s == null) {
      throw new UsernameNotFoundException(username);
    }
    return User.withUsername(s.username())
        .password(s.passwordHash())
        .authorities(Accounts.authorities(s.role(), s.units()))
        .disabled(s.disabled())
        .accountLocked(locked)
        .build();
  }

  private Snapshot current() {
    Snapshot s = snapshot;
    Object stamp = stamp();
    if (Objects.equals(stamp, s.stamp())) {
      return s;
    }
    try {
      s = read();
    } catch (RuntimeException e) {
      LOG.error("Giữ danh sách người dùng đã đọc lần trước: {}", e.getMessage());
      return snapshot;
    }
    snapshot = s;
    return s;
  }

  private Snapshot read() {
    Object stamp = stamp();
    Map<String, UserStore.StoredUser> users = new HashMap<>();
    for (UserStore.StoredUser u : store.users()) {
      if (!configured.containsKey(u.username())) {
        users.put(u.username(), u);
      } else {
        LOG.error(
            "Bỏ qua người dùng {} của kho {}: đã khai báo trong cấu hình",
            u.username(),
            store.file());
      }
    }
    return new Snapshot(stamp, users);
  }

  private Object stamp() {
    try {
      BasicFileAttributes a = Files.readAttributes(store.file(), BasicFileAttributes.class);
      return List.of(a.lastModifiedTime(), a.size(), a.fileKey() == null ? "" : a.fileKey());
    } catch (IOException e) {
      return "missing";
    }
  }
}
