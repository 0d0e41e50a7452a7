// Kiểm tra: outcomes by field, next year's targets with reasons, the overdue list.
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
  } catch (e) { fail(e); }
  done();

  // Fields are numbered; inspection topics have codes: name both.
  function topic(code) { const k = 'topic_' + code; return t(k) !== k ? t(k) : (t('field') + ' ' + code); }
})();
