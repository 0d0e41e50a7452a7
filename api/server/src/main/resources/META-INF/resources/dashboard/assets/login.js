// The login page's message after a failed attempt or a logout (a file, not inline: the CSP allows no inline script).
if (location.search.includes('error')) {
  const m = document.getElementById('message');
  m.textContent = 'Sai tên đăng nhập hoặc mật khẩu.';
  m.className = 'error';
} else if (location.search.includes('logout')) {
  document.getElementById('message').textContent = 'Đã đăng xuất.';
}
