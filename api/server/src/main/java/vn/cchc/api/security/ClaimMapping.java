package vn.cchc.api.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import vn.cchc.api.ApiConfig;

/**
 * The identity provider's claims → the user's role and units ({@link ApiConfig.Oidc}): the values
 * of the role claim (a string, a list, or a string of names separated by spaces or commas; a dotted
 * claim name reaches into nested objects, as Keycloak's {@code realm_access.roles}) go through the
 * configured mapping, else name a role themselves; the highest role wins. A user with no role the
 * mapping knows, or a UNIT user without units, is refused with a Vietnamese reason.
 */
public final class ClaimMapping {
  private final ApiConfig.Oidc oidc;

  public ClaimMapping(ApiConfig.Oidc oidc) {
    this.oidc = oidc;
  }

  /** The name the user is audited and shown under. */
  public String username(Map<String, Object> claims) {
    List<String> name = values(claims, oidc.usernameClaim());
    if (!name.isEmpty()) {
      return name.get(0);
    }
    Object sub = claims.get("sub");
    return sub == null ? "?" : sub.toString();
  }

  public List<GrantedAuthority> authorities(Map<String, Object> claims) {
    Role best = null;
    for (String value : values(claims, oidc.roleClaim())) {
      Optional<Role> r =
          oidc.roles().containsKey(value)
              ? Role.parse(oidc.roles().get(value))
              : oidc.roles().isEmpty() ? Role.parse(value) : Optional.empty();
      if (r.isPresent() && (best == null || r.get().compareTo(best) > 0)) {
        best = r.get();
      }
    }
    if (best == null) {
      throw refuse(
          "tài khoản "
              + username(claims)
              + " không có vai trò nào trong CCHC (thuộc tính "
              + oidc.roleClaim()
              + " của nhà cung cấp định danh: "
              + values(claims, oidc.roleClaim())
              + ")");
    }
    List<String> units = values(claims, oidc.unitsClaim());
    if (best == Role.UNIT && units.isEmpty()) {
      throw refuse(
          "tài khoản "
              + username(claims)
              + " có vai trò UNIT nhưng không gắn đơn vị nào (thuộc tính "
              + oidc.unitsClaim()
              + ")");
    }
    return Accounts.authorities(best, units);
  }

  /** A claim's values; a dotted name walks into nested objects. */
  static List<String> values(Map<String, Object> claims, String name) {
    Object v = claims.get(name);
    if (v == null && name.contains(".")) {
      Object node = claims;
      for (String part : name.split("\\.")) {
        node = node instanceof Map<?, ?> m ? m.get(part) : null;
      }
      v = node;
    }
    List<String> out = new ArrayList<>();
    if (v instanceof Collection<?> c) {
      c.forEach(x -> add(out, String.valueOf(x)));
    } else if (v != null) {
      for (String part : v.toString().split("[\\s,]+")) {
        add(out, part);
      }
    }
    return out;
  }

  private static void add(List<String> out, String value) {
    String s = value.strip();
    if (!s.isEmpty() && !out.contains(s)) {
      out.add(s);
    }
  }

  private static OAuth2AuthenticationException refuse(String why) {
    return new OAuth2AuthenticationException(
        new OAuth2Error("access_denied", "Không thể đăng nhập: " + why, null),
        "Không thể đăng nhập: " + why);
  }
}
