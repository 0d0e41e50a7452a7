// The login page: the reason of a refused sign-in (kept by the server for this page), the logout notice, and the
// province's single sign-on when the server offers it (a file, not inline: the CSP allows no inline script).
(async function () {
  const m = document.getElementById('message');
  let options = {};
  try {
    const r = await fetch('/api/v1/sign-in', { headers: { Accept: 'application/json', 'X-Requested-With': 'fetch' }, credentials: 'same-origin' });
    if (r.ok) options = await r.json();
  } catch (e) { /* the form still works */ }
  if (location.search.includes('error')) {
    const why = options.last_error;
    m.textContent = why ? why.charAt(0).toUpperCase() + why.slice(1) + '.' : 'Sai tên đăng nhập hoặc mật khẩu.';
    m.className = 'error';
  } else if (location.search.includes('logout')) {
    m.textContent = 'Đã đăng xuất.';
  }
  if (options.oidc) {
    const a = document.getElementById('sso');
    a.href = options.oidc_url;
    a.textContent = options.oidc_label;
    a.hidden = false;
  }
  document.body.dataset.ready = 'true';
})();
