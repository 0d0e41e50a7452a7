package vn.cchc.api.security;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;

/**
 * The local user store of a province without single sign-on: one JSON file (default {@code
 * WAREHOUSE/access/users.json}) that {@code ./cchc users} writes and the server reads (and reads
 * again when it changes, so a disabled user is out at the next request). Each user has a role, the
 * units a UNIT user answers for, a bcrypt hash, and whether it is disabled. A change is written to
 * a temporary file beside it and moved into place, under a lock, so the server never reads half a
 * file and two commands never lose each other's change; the file is readable by its owner only.
 */
public final class UserStore {
  /** A user as stored. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record StoredUser(
      String username,
      Role role,
      List<String> units,
      @JsonProperty("password_hash") String passwordHash,
      boolean disabled,
      @JsonProperty("created_at") Instant createdAt,
      @JsonProperty("password_changed_at") Instant passwordChangedAt) {
    public StoredUser {
      units = units == null ? List.of() : List.copyOf(units);
    }
  }

  record Contents(List<StoredUser> users) {
    Contents {
      users = users == null ? List.of() : List.copyOf(users);
    }
  }

  static final ObjectMapper JSON =
      new ObjectMapper()
          .findAndRegisterModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** What a stored name may be: what a person types at the sign-in form. */
  static final String NAME = "[A-Za-z0-9][A-Za-z0-9._@-]{1,63}";

  private final Path file;

  public UserStore(Path file) {
    this.file = file.toAbsolutePath().normalize();
  }

  public Path file() {
    return file;
  }

  /** The users; none when the file does not exist. A file that does not parse is refused. */
  public List<StoredUser> users() {
    if (!Files.exists(file)) {
      return List.of();
    }
    try {
      return check(JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), Contents.class))
          .users();
    } catch (JsonProcessingException e) {
      throw new CchcException(
          ErrorCode.INVALID_INPUT,
          "Không thể đọc kho người dùng "
              + file
              + ": không phải JSON hợp lệ (dòng "
              + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
              + "): "
              + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the user store " + file, e);
    }
  }

  public Optional<StoredUser> find(String username) {
    return users().stream().filter(u -> u.username().equals(username)).findFirst();
  }

  /** Applies a change to the list of users under the store's lock and writes the result. */
  public List<StoredUser> update(UnaryOperator<List<StoredUser>> change) {
    try {
      Files.createDirectories(file.getParent());
      Path lock = file.resolveSibling(file.getFileName() + ".lock");
      try (FileChannel channel =
              FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock ignored = channel.lock()) {
        List<StoredUser> changed = List.copyOf(change.apply(new ArrayList<>(users())));
        write(check(new Contents(changed)));
        return changed;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the user store " + file, e);
    }
  }

  private void write(Contents contents) throws IOException {
    Path temp = Files.createTempFile(file.getParent(), ".users-", ".json");
    try {
      try {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: its own permissions apply
      }
      Files.writeString(temp, JSON.writeValueAsString(contents) + "\n", StandardCharsets.UTF_8);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Each user named once, with a name, a role, a bcrypt hash, and units when UNIT. */
  private Contents check(Contents contents) {
    Set<String> names = new HashSet<>();
    for (StoredUser u : contents.users()) {
      if (u.username() == null || !u.username().matches(NAME)) {
        throw refuse("tên đăng nhập không hợp lệ: " + u.username());
      }
      if (!names.add(u.username())) {
        throw refuse("người dùng " + u.username() + " có hai lần");
      }
      if (u.role() == null) {
        throw refuse("người dùng " + u.username() + " thiếu vai trò");
      }
      if (u.passwordHash() == null || !Accounts.isBcrypt(u.passwordHash())) {
        throw refuse("mật khẩu của " + u.username() + " không phải là chuỗi băm bcrypt");
      }
      if (u.role() == Role.UNIT && u.units().isEmpty()) {
        throw refuse("người dùng " + u.username() + " có vai trò UNIT nhưng không gắn đơn vị nào");
      }
      if (u.role() != Role.UNIT && !u.units().isEmpty()) {
        throw refuse(
            "người dùng "
                + u.username()
                + " gắn đơn vị nhưng vai trò "
                + u.role()
                + " không phải UNIT");
      }
    }
    return contents;
  }

  private CchcException refuse(String why) {
    return new CchcException(
        ErrorCode.INVALID_INPUT, "Không thể dùng kho người dùng " + file + ": " + why);
  }
}
