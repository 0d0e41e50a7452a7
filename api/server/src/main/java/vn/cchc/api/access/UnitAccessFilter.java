package vn.cchc.api.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.cchc.api.error.Problems;
import vn.cchc.api.security.UnitScope;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.query.Dimensions;

/**
 * The door check for UNIT users ({@link UnitAccess}), in Spring Security's chain after the roles
 * are checked: a closed door and a request that names another unit are refused with a Vietnamese
 * problem; otherwise the user's {@link UnitScopes.Scope scope} goes with the request for {@link
 * UnitRowsAdvice} to keep only its rows. Other roles pass untouched.
 */
public final class UnitAccessFilter extends OncePerRequestFilter {
  /** The request attribute that carries what {@link UnitRowsAdvice} applies. */
  public static final String APPLIED = UnitAccessFilter.class.getName() + ".applied";

  /** A door and the scope it was passed with. */
  public record Applied(UnitAccess.Door door, UnitScopes.Scope scope) {}

  private final UnitScopes scopes;
  private final Dimensions dimensions;
  private final ObjectMapper json;

  public UnitAccessFilter(UnitScopes scopes, Dimensions dimensions, ObjectMapper json) {
    this.scopes = scopes;
    this.dimensions = dimensions;
    this.json = json;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    UnitAccess.Door door = UnitAccess.door(request);
    if (door == null || !UnitScope.isUnitOnly(caller)) {
      chain.doFilter(request, response);
      return;
    }
    if (door == UnitAccess.Door.CLOSED) {
      refuse(
          request,
          response,
          "Không thể truy cập "
              + request.getRequestURI()
              + ": tài khoản đơn vị (UNIT) chỉ xem được kết quả đã công bố và chi tiết của đơn vị"
              + " mình");
      return;
    }
    UnitScopes.Scope scope = scopes.resolve(UnitScope.unitRefs(caller));
    String named = UnitAccess.namedUnit(request);
    if (door == UnitAccess.Door.OWN && named != null) {
      Map<String, Object> unit;
      try {
        unit = dimensions.unit(Dimensions.unitRef("unit", named));
      } catch (CchcException e) {
        unit = null; // not a unit: the controller says why, as to anyone
      }
      if (unit != null && !scope.contains((String) unit.get("unit_key"))) {
        refuse(
            request,
            response,
            "Không thể xem chi tiết của đơn vị "
                + unit.get("label")
                + ": tài khoản "
                + caller.getName()
                + " chỉ được xem chi tiết của đơn vị mình ("
                + scope.describe()
                + ") và các đơn vị tiền thân của nó");
        return;
      }
    }
    request.setAttribute(APPLIED, new Applied(door, scope));
    chain.doFilter(request, response);
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, String detail)
      throws IOException {
    Problems.write(
        response,
        json,
        Problems.of(HttpStatus.FORBIDDEN, ErrorCode.FORBIDDEN.name(), detail, request));
  }
}
