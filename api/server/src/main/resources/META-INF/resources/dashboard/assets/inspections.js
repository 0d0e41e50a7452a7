// Kiểm tra: outcomes by field, next year's targets with reasons, the overdue list, the remediation tracker.
(async function () {
  'use strict';
  const { state, t, api, num, esc, chart, table, frame, done, fail, go } = window.cchc;
  try {
    await frame('inspections', { bloc: false });
    const [byField, targets, overdue] = await Promise.all([
      api('inspections/outcomes/by-field', { year: state.year }),
      api('inspections/targets'),
      api('findings', { overdue: true })]);
    const f = byField.rows;
    const sum = (k) => f.reduce((a, r) => a + (r[k] || 0), 0);
    const units = await api('inspections', { year: state.year });
    document.getElementById('kpis').innerHTML = [
      [t('inspectedUnits') + ' ' + state.year, new Set(units.rows.map((r) => r.unit_key || r.unit_code)).size],
      [t('totalFindings'), sum('findings')],
      [t('onTimeShare'), sum('findings') ? num(100 * sum('remediated_on_time') / sum('findings'), 1) + '%' : '–'],
      [t('overdue') + ' (' + t('year') + ' ' + state.year + ')', sum('overdue')]]
      .map((k) => '<div class="kpi"><div class="label">' + esc(k[0]) + '</div><div class="value">' + esc(k[1]) + '</div></div>').join('');

    chart('outcomes', {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } }, legend: { bottom: 0 },
      grid: { left: 8, right: 10, top: 20, bottom: 50, containLabel: true },
      xAxis: { type: 'category', data: f.map((r) => topic(r.field_code)), axisLabel: { interval: 0, fontSize: 10, rotate: 30 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { type: 'bar', stack: 's', name: t('onTime'), data: f.map((r) => r.remediated_on_time), itemStyle: { color: '#1b7f3b' } },
        { type: 'bar', stack: 's', name: t('late'), data: f.map((r) => r.remediated_late), itemStyle: { color: '#d48a00' } },
        { type: 'bar', stack: 's', name: t('openNotDue'), data: f.map((r) => r.open_findings - r.overdue), itemStyle: { color: '#9aa7b8' } },
        { type: 'bar', stack: 's', name: t('overdue'), data: f.map((r) => r.overdue), itemStyle: { color: '#b3261e' } }]
    });

    const top = targets.rows.slice(0, 15);
    const planYear = targets.rows.length ? targets.rows[0].plan_year : '';
    document.getElementById('targets-title').textContent = t('targets') + ' ' + planYear;
    document.getElementById('targets-table-title').textContent = t('targets') + ' ' + planYear + ' — ' + t('reasons');
    const parts = [['score_low_index', 'lowIndex', '#b3261e'], ['score_failing_criteria', 'failingCriteria', '#d48a00'],
      ['score_low_satisfaction', 'lowSatisfaction', '#6d5bb3'], ['score_findings', 'openFindings', '#2f6fb3'],
      ['score_since_inspection', 'sinceInspection', '#9aa7b8']];
    const c = chart('targets-chart', {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } }, legend: { bottom: 0, type: 'scroll' },
      grid: { left: 8, right: 20, top: 10, bottom: 40, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', inverse: true, data: top.map((r) => r.priority_rank + '. ' + r.unit_name), axisLabel: { width: 180, overflow: 'truncate', fontSize: 11 } },
      series: parts.map((p) => ({ type: 'bar', stack: 's', name: t(p[1]), data: top.map((r) => r[p[0]]), itemStyle: { color: p[2] } }))
    });
    c.on('click', (p) => go({ unit: top[p.dataIndex].unit_key }, '/dashboard/unit.html'));
    table('targets', [
      { label: '#', key: 'priority_rank', num: true },
      { label: t('unitCol'), render: (r) => '<a href="/dashboard/unit.html' + window.cchc.query({ unit: r.unit_key, bloc: r.bloc }) + '">' + esc(window.cchc.label(r)) + '</a> <span class="muted">' + esc(t(r.bloc)) + '</span>' },
      { label: t('index'), num: true, render: (r) => num(r.index_pct) },
      { label: t('score'), num: true, render: (r) => num(r.total_score, 0) },
      { label: t('reasons'), key: 'reasons_vi' }], targets.rows.slice(0, 30));
    table('overdue', [
      { label: t('unitCol'), render: (r) => '<a href="/dashboard/unit.html' + window.cchc.query({ unit: r.unit_key || r.unit_code, bloc: r.bloc }) + '">' + esc(window.cchc.label(r)) + '</a>' },
      { label: t('year'), key: 'year' }, { label: t('field'), render: (r) => esc(topic(r.field_code)) },
      { label: t('description'), key: 'description' }, { label: t('due'), key: 'due_date', nowrap: true },
      { label: t('daysOverdue'), key: 'days_overdue', num: true }], overdue.rows);
    await remediation();
  } catch (e) { fail(e); }
  done();

  // Theo dõi khắc phục: open findings as of the release date, the reminder list, the next year's scores.
  async function remediation() {
    const params = new URLSearchParams(location.search);
    const windows = [7, 15, 30, 60, 90];
    const due = windows.includes(Number(params.get('due'))) ? Number(params.get('due')) : 30;
    const dueSelect = document.getElementById('due-within');
    dueSelect.innerHTML = windows.map((d) => '<option value="' + d + '"' + (d === due ? ' selected' : '') + '>' +
      esc(d + ' ' + t('days')) + '</option>').join('');
    dueSelect.addEventListener('change', () => { remember('due', dueSelect.value); tracker(Number(dueSelect.value)).catch(fail); });
    document.getElementById('reminders-download').addEventListener('click', () => download(Number(dueSelect.value)));
    const yearSelect = document.getElementById('effect-year');
    yearSelect.addEventListener('change', () => { remember('effect_year', yearSelect.value); effect(yearSelect.value).catch(fail); });
    await Promise.all([tracker(due), effect(params.get('effect_year'))]);
  }

  async function tracker(due) {
    const [byUnit, byField] = await Promise.all([
      api('findings/tracker', { by: 'unit', due_within_days: due }),
      api('findings/tracker', { by: 'field', due_within_days: due })]);
    const u = byUnit.rows;
    const sum = (k) => u.reduce((a, r) => a + (r[k] || 0), 0);
    const first = u[0];
    document.getElementById('tracker-note').textContent = first
      ? t('asOfNote').replace('{asOf}', day(first.as_of_date)).replace('{until}', day(first.due_soon_until))
      : t('noOpenFindings');
    document.getElementById('tracker-kpis').innerHTML = [
      [t('openTotal'), sum('open_findings')], [t('overdue'), sum('overdue')],
      [t('dueSoon') + ' (' + due + ' ' + t('days') + ')', sum('due_soon')], [t('notYetDue'), sum('not_yet_due')],
      [t('unitsConcerned'), u.length]]
      .map((k) => '<div class="kpi"><div class="label">' + esc(k[0]) + '</div><div class="value">' + esc(k[1]) + '</div></div>').join('');
    const f = byField.rows;
    chart('tracker-fields', {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } }, legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 10, bottom: 40, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: f.map((r) => topic(r.field_code)), axisLabel: { fontSize: 11 } },
      series: [['overdue', 'overdue', '#b3261e'], ['due_soon', 'dueSoon', '#d48a00'], ['not_yet_due', 'notYetDue', '#9aa7b8']]
        .map((s) => ({ type: 'bar', stack: 's', name: t(s[1]), data: f.map((r) => r[s[0]]), itemStyle: { color: s[2] } }))
    });
    table('tracker-units', [
      { label: t('unitCol'), render: (r) => unitLink(r) + ' <span class="muted">' + esc(t(r.bloc)) + '</span>' },
      { label: t('openTotal'), key: 'open_findings', num: true }, { label: t('overdue'), key: 'overdue', num: true },
      { label: t('dueSoon'), key: 'due_soon', num: true }, { label: t('notYetDue'), key: 'not_yet_due', num: true },
      { label: t('maxDaysOverdue'), key: 'max_days_overdue', num: true },
      { label: t('oldestDue'), nowrap: true, render: (r) => esc(day(r.oldest_due_date)) }], u);
  }

  async function effect(year) {
    const [rows, byField] = await Promise.all([
      api('findings/effect', { year }), api('findings/effect/by-field', { year })]);
    const shown = rows.rows.length ? String(rows.rows[0].year) : year;
    const select = document.getElementById('effect-year');
    const years = [...document.querySelectorAll('select[name=year] option')].map((o) => o.value).slice(0, -1);
    select.innerHTML = years.map((y) => '<option value="' + esc(y) + '"' + (y === shown ? ' selected' : '') + '>' + esc(y) + '</option>').join('');
    const change = (v) => '<span class="' + (v > 0 ? 'up' : v < 0 ? 'down' : '') + '">' + num(v) + '</span>';
    table('effect-fields', [
      { label: t('field'), render: (r) => esc(fieldLabel(r)) }, { label: t('units'), key: 'units', num: true },
      { label: t('findingsCount'), key: 'findings', num: true }, { label: t('remediated'), key: 'remediated', num: true },
      { label: t('unitsCompared'), key: 'units_compared', num: true },
      { label: t('meanChange'), num: true, render: (r) => change(r.mean_change_pts) },
      { label: t('blocMeanChange'), num: true, render: (r) => num(r.mean_bloc_change_pts) },
      { label: t('unitsBeatBloc'), key: 'units_beat_bloc', num: true }], byField.rows);
    table('effect', [
      { label: t('unitCol'), render: unitLink }, { label: t('field'), render: (r) => esc(fieldLabel(r)) },
      { label: t('findingsCount'), key: 'findings', num: true }, { label: t('remediated'), key: 'remediated', num: true },
      { label: t('pctYear'), num: true, render: (r) => num(r.field_pct_year) },
      { label: t('pctNext'), num: true, render: (r) => num(r.field_pct_next) },
      { label: t('changePts'), num: true, render: (r) => change(r.change_pts) },
      { label: t('blocMeanChange'), num: true, render: (r) => num(r.bloc_mean_change_pts) },
      { label: t('beatBloc'), render: (r) => (r.beat_bloc === null ? '–' : '<span class="tag ' + (r.beat_bloc ? 'ok' : 'overdue') + '">' +
        esc(t(r.beat_bloc ? 'yes' : 'no')) + '</span>') },
      { label: t('note'), render: (r) => '<span class="muted">' + esc(r.note_vi) + '</span>' }], rows.rows);
  }

  // The workbook is fetched, not linked, so that a refusal (a viewer may not export) shows its message here.
  async function download(due) {
    const box = document.getElementById('reminders-message');
    box.hidden = true;
    try {
      const r = await fetch('/api/v1/findings/reminders.xlsx?due_within_days=' + due,
        { headers: { 'X-Requested-With': 'fetch' }, credentials: 'same-origin' });
      if (!r.ok) {
        const body = await r.json().catch(() => ({}));
        throw new Error(body.detail || r.statusText);
      }
      const name = /filename="([^"]+)"/.exec(r.headers.get('Content-Disposition') || '');
      const a = document.createElement('a');
      a.href = URL.createObjectURL(await r.blob());
      a.download = name ? name[1] : 'nhac-khac-phuc.xlsx';
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    } catch (e) {
      box.textContent = e.message;
      box.className = 'hint error';
      box.hidden = false;
    }
  }

  // This section's own choices stay in the URL (a link shows the same window and year).
  function remember(key, value) {
    const q = new URLSearchParams(location.search);
    q.set(key, value);
    history.replaceState(null, '', location.pathname + '?' + q);
  }

  function unitLink(r) {
    return '<a href="/dashboard/unit.html' + window.cchc.query({ unit: r.unit_key || r.unit_code, bloc: r.bloc }) + '">' +
      esc(window.cchc.label(r)) + '</a>';
  }

  function fieldLabel(r) { return /^[0-9.]+$/.test(r.field_code) ? r.field_code + '. ' + r.field_name : r.field_name; }

  function day(iso) { return iso ? String(iso).split('-').reverse().join('/') : '–'; }

  // Fields are numbered; inspection topics have codes: name both.
  function topic(code) { const k = 'topic_' + code; return t(k) !== k ? t(k) : (t('field') + ' ' + code); }
})();
