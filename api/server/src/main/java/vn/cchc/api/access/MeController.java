package vn.cchc.api.access;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.api.ApiConfig;
import vn.cchc.api.security.Role;
import vn.cchc.api.security.SecurityConfiguration;
import vn.cchc.api.security.UnitScope;

/**
 * Who the caller is and what it may do, for the dashboard to offer only what it may; and, before
 * sign-in, which ways to sign in the server offers.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Tài khoản", description = "Người dùng hiện tại, vai trò và phạm vi đơn vị")
class MeController {
  private final UnitScopes scopes;
  private final ApiConfig config;

  MeController(UnitScopes scopes, ApiConfig config) {
    this.scopes = scopes;
    this.config = config;
  }

  record Unit(String unitKey, String unitLabel) {}

  record Me(
      String username,
      Role role,
      String roleLabel,
      List<Unit> units,
      List<String> unitKeysInScope,
      boolean mayRunSql,
      boolean mayExportUnitLists,
      boolean mayReadAudit) {}

  record SignIn(
      boolean password, boolean oidc, String oidcLabel, String oidcUrl, String lastError) {}

  static final Map<Role, String> LABELS =
      Map.of(
          Role.UNIT, "Cán bộ đơn vị",
          Role.LEADER, "Lãnh đạo",
          Role.ANALYST, "Chuyên viên phân tích",
          Role.ADMIN, "Quản trị viên");

  @GetMapping("/me")
  @Operation(summary = "Người dùng hiện tại: vai trò, đơn vị phụ trách (UNIT) và các quyền")
  Me me(Authentication caller) {
    Role role = UnitScope.role(caller).orElseThrow();
    List<Unit> units = new ArrayList<>();
    List<String> keys = List.of();
    if (role == Role.UNIT) {
      UnitScopes.Scope scope = scopes.resolve(UnitScope.unitRefs(caller));
      scope.named().forEach((k, label) -> units.add(new Unit(k, label)));
      keys = scope.keys().stream().sorted().toList();
    }
    boolean analyst = role.compareTo(Role.ANALYST) >= 0;
    return new Me(
        caller.getName(),
        role,
        LABELS.get(role),
        units,
        keys,
        analyst,
        analyst,
        role == Role.ADMIN);
  }

  @GetMapping("/sign-in")
  @Operation(
      summary =
          "Các cách đăng nhập máy chủ cho phép (mật khẩu, đăng nhập một lần OIDC) và lý do lần đăng"
              + " nhập vừa bị từ chối")
  SignIn signIn(HttpServletRequest request) {
    ApiConfig.Oidc oidc = config.security().oidc();
    HttpSession session = request.getSession(false);
    String lastError = null;
    if (session != null
        && session.getAttribute(SecurityConfiguration.SIGN_IN_ERROR) instanceof String e) {
      lastError = e;
      session.removeAttribute(SecurityConfiguration.SIGN_IN_ERROR);
    }
    return new SignIn(
        true,
        oidc.enabled(),
        oidc.enabled() ? oidc.label() : null,
        oidc.enabled() ? "/oauth2/authorization/" + SecurityConfiguration.OIDC_REGISTRATION : null,
        lastError);
  }
}
