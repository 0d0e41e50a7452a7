// Shared by every dashboard page: state in the URL, i18n, API calls, filters, charts.
(function () {
  'use strict';
  const params = new URLSearchParams(location.search);
  const state = {
    year: params.get('year'), bloc: params.get('bloc'), basis: params.get('basis'),
    lang: params.get('lang') === 'en' ? 'en' : 'vi', unit: params.get('unit'), field: params.get('field'),
    color: params.get('color')
  };
  const dict = window.CCHC_I18N[state.lang];
  const t = (key) => (dict[key] !== undefined ? dict[key] : key);
  const charts = {};
  let pending = 0;

  function query(overrides) {
    const merged = Object.assign({}, state, overrides || {});
    const q = new URLSearchParams();
    for (const k of ['year', 'bloc', 'basis', 'unit', 'field', 'color', 'lang']) {
      if (merged[k] && !(k === 'lang' && merged[k] === 'vi')) q.set(k, merged[k]);
    }
    const s = q.toString();
    return s ? '?' + s : '';
  }

  // Changes the state and the URL (so the link can be shared), then reloads the page's data.
  function go(overrides, page) {
    location.href = (page || location.pathname) + query(overrides);
  }

  async function api(path, args) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(args || {})) if (v !== undefined && v !== null && v !== '') q.set(k, v);
    const url = '/api/v1/' + path + (q.toString() ? '?' + q : '');
    pending++;
    try {
      const r = await fetch(url, { headers: { 'X-Requested-With': 'fetch', Accept: 'application/json' }, credentials: 'same-origin' });
      if (r.status === 401) { location.href = '/login.html'; throw new Error('401'); }
      const body = await r.json();
      if (!r.ok) throw new Error(body.detail || r.statusText);
      return body;
    } finally { pending--; }
  }

  // The ranked blocs and the comparison bases, in the order the API lists them; the first of each is the default.
  let codes;
  function rankedCodes() {
    if (!codes) {
      codes = Promise.all([api('blocs'), api('bases')])
        .then(([b, s]) => ({ blocs: b.rows.map((r) => r.bloc), bases: s.rows.map((r) => r.basis) }));
    }
    return codes;
  }

  const num = (v, d) => (v === null || v === undefined ? '–' : Number(v).toLocaleString(state.lang === 'vi' ? 'vi-VN' : 'en-GB',
    { minimumFractionDigits: d === undefined ? 2 : d, maximumFractionDigits: d === undefined ? 2 : d }));
  const esc = (s) => String(s === null || s === undefined ? '' : s).replace(/[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));

  const BAND_COLORS = { A: '#1b7f3b', B: '#2f6fb3', C: '#d48a00', D: '#b3261e', '': '#8a8f98' };
  const bandColor = (band) => BAND_COLORS[band || ''] || '#6d5bb3';

  // A unit as users read it: the name, with the code and the period when the code denotes several units
  // in the registry ("Phường Mỹ Long (30307, 01/01/2015 – 30/06/2025)"); the API writes that label.
  const label = (row) => {
    const l = (row && (row.unit_label || row.label || row.unit_name || row.name || row.unit_code)) || '';
    return state.lang === 'en' ? l.replace(/ – nay\)$/, ' – present)') : l;
  };

  // options.renderer: 'svg' for the map (every commune a path the browser test can count), else canvas.
  function chart(id, option, options) {
    const el = document.getElementById(id);
    let c = charts[id];
    if (!c) { c = echarts.init(el, null, { renderer: (options && options.renderer) || 'canvas' }); charts[id] = c; }
    c.setOption(Object.assign({ animation: false, textStyle: { fontFamily: 'DejaVu Sans, Arial, sans-serif' } }, option), true);
    return c;
  }

  function table(id, columns, rows) {
    const head = columns.map((c) => '<th>' + esc(c.label) + '</th>').join('');
    const body = rows.length ? rows.map((r) => '<tr>' + columns.map((c) => {
      const v = c.render ? c.render(r) : esc(r[c.key]);
      return '<td' + (c.num ? ' class="num"' : c.nowrap ? ' class="nowrap"' : '') + '>' + v + '</td>';
    }).join('') + '</tr>').join('') : '<tr><td colspan="' + columns.length + '" class="muted">' + esc(t('none')) + '</td></tr>';
    document.getElementById(id).innerHTML = '<table class="data"><thead><tr>' + head + '</tr></thead><tbody>' + body + '</tbody></table>';
  }

  function fail(e) {
    console.warn(e);
    const box = document.getElementById('status');
    if (box) { box.textContent = t('error') + ': ' + e.message; box.className = 'card error'; box.hidden = false; }
  }

  // Who is signed in (role, a UNIT user's units), asked once per page.
  let meAnswer;
  function me() {
    if (!meAnswer) meAnswer = api('me');
    return meAnswer;
  }

  // Header, navigation and the year / bloc / basis filters, built from /years, /blocs and /bases.
  async function frame(page, options) {
    document.documentElement.lang = state.lang;
    document.title = t(page) + ' — ' + t('app');
    document.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
    const [yearsAnswer, order, user] = await Promise.all([api('years'), rankedCodes(), me()]);
    if (!state.bloc) state.bloc = order.blocs[0];
    if (!state.basis) state.basis = order.bases[0];
    const pages = ['overview', 'heatmap', 'unit', 'inspections'];
    const nav = pages.map((p) => '<a href="/dashboard/' + p + '.html' + query() + '"' + (p === page ? ' class="active"' : '') +
      ' data-page="' + p + '">' + esc(t(p)) + '</a>').join('');
    const other = state.lang === 'vi' ? 'en' : 'vi';
    document.getElementById('top').innerHTML = '<h1>' + esc(t('app')) + '</h1><nav class="pages">' + nav + '</nav>' +
      '<div class="tools"><a id="lang" href="' + location.pathname + query({ lang: other }) + '">' + (other === 'en' ? 'English' : 'Tiếng Việt') + '</a>' +
      '<span class="muted" id="user" data-role="' + esc(user.role) + '">' + esc(user.username) + ' · ' + esc(t('role' + user.role)) + '</span>' +
      '<button type="button" id="print">' + esc(t('print')) + '</button>' +
      '<a href="/logout">' + esc(t('logout')) + '</a></div>';
    document.getElementById('print').addEventListener('click', () => window.print());
    const years = yearsAnswer.rows;
    const yearList = [...new Set(years.map((r) => r.year))].sort();
    if (!state.year || !yearList.includes(Number(state.year))) state.year = String(yearList[yearList.length - 1]);
    const blocs = years.filter((r) => r.year === Number(state.year)).map((r) => r.bloc);
    const offered = order.blocs.filter((b) => blocs.includes(b));
    if (!blocs.includes(state.bloc)) state.bloc = offered[0];
    const select = (name, values, label, current) => '<label data-value="' + esc(label(current)) + '">' + esc(t(name)) +
      '<select name="' + name + '">' + values.map((v) => '<option value="' + esc(v) + '"' + (String(v) === String(current) ? ' selected' : '') +
      '>' + esc(label(v)) + '</option>').join('') + '</select></label>';
    let html = select('year', yearList, (v) => v, state.year);
    if (!options || options.bloc !== false) html += select('bloc', offered, t, state.bloc);
    if (options && options.basis) html += select('basis', order.bases, t, state.basis);
    if (options && options.extra) html += options.extra;
    const form = document.getElementById('filters');
    form.innerHTML = html;
    form.addEventListener('submit', (e) => e.preventDefault());
    form.addEventListener('change', (e) => {
      const o = {}; o[e.target.name] = e.target.value;
      if (e.target.name !== 'unit') o.field = null;
      go(o);
    });
    return { years, yearList, blocs };
  }

  // Resolves when every API call has finished; the browser test waits for data-ready.
  function done() {
    const check = () => { if (pending === 0) { document.body.dataset.ready = 'true'; } else { setTimeout(check, 50); } };
    check();
  }

  window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));
  window.addEventListener('beforeprint', () => Object.values(charts).forEach((c) => c.resize()));

  window.cchc = { state, t, api, me, rankedCodes, num, esc, chart, charts, table, frame, go, query, done, fail, bandColor, label };
})();
