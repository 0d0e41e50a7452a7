package vn.cchc.api.security;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password sign-in (the form and HTTP Basic) with Vietnamese refusals: a locked user (too many
 * wrong passwords in a row, {@link SignIns}) and a disabled one are refused before the password is
 * checked; outside the demo, a right password that {@link PasswordPolicy} refuses (a weak hash set
 * by hand) is refused too, with how to reset it.
 */
final class PasswordSignIn extends DaoAuthenticationProvider {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ZoneId.systemDefault());

  private final boolean demo;
  private final int minLength;

  PasswordSignIn(
      UserDirectory users, PasswordEncoder encoder, SignIns signIns, boolean demo, int minLength) {
    super(users);
    setPasswordEncoder(encoder);
    this.demo = demo;
    this.minLength = minLength;
    AccountStatusUserDetailsChecker status = new AccountStatusUserDetailsChecker();
    setPreAuthenticationChecks(
        user -> {
          if (!user.isAccountNonLocked()) {
            throw new LockedException(
                "Tài khoản "
                    + user.getUsername()
                    + " tạm khóa đến "
                    + signIns.lockedUntil(user.getUsername()).map(TIME::format).orElse("?")
                    + " sau "
                    + signIns.maxFailures()
                    + " lần nhập sai mật khẩu liên tiếp");
          }
          if (!user.isEnabled()) {
            throw new DisabledException("Tài khoản " + user.getUsername() + " đã bị vô hiệu hóa");
          }
          status.check(user);
        });
  }

  @Override
  protected void additionalAuthenticationChecks(
      UserDetails user, UsernamePasswordAuthenticationToken authentication) {
    super.additionalAuthenticationChecks(user, authentication);
    if (demo) {
      return;
    }
    Object presented = authentication.getCredentials();
    Optional<String> weak =
        PasswordPolicy.refusal(
            user.getUsername(), presented == null ? null : presented.toString(), minLength);
    if (weak.isPresent()) {
      throw new CredentialsExpiredException(
          weak.get()
              + " — mật khẩu của tài khoản "
              + user.getUsername()
              + " không đạt yêu cầu; hãy đặt lại (./cchc users reset-password "
              + user.getUsername()
              + ")");
    }
  }
}
