// Hồ sơ đơn vị: radar against the bloc, trend with breaks, weakest criteria, self vs appraised,
// satisfaction with error bars, findings.
(async function () {
  'use strict';
  const { state, t, api, me, rankedCodes, num, esc, chart, table, frame, done, fail, bandColor, label, query, communeMap, mapColorSelect } = window.cchc;
  try {
    // the unit is a version key (code@valid_from); a bare code means the code's newest version
    // a unit's officials (UNIT) open their own unit, and choose only among their units
    const user = await me();
    const own = user.role === 'UNIT' ? user.units : null;
    if (!state.unit && own && own.length) state.unit = own[0].unit_key;
    if (!state.unit) {
      const first = await api('ranking', { year: state.year, bloc: state.bloc }).catch(() => ({ rows: [] }));
      if (first.rows.length) state.unit = first.rows[0].unit_key;
    }
    let p;
    try {
      p = await api('units/' + encodeURIComponent(state.unit) + '/profile', { year: state.year });
    } catch (e) {
      // refused (another unit's detail) or unknown: the header and filters still stand, with the reason
      await frame('unit', { basis: true }).catch(() => {});
      throw e;
    }
    state.unit = p.unit.unit_key;
    if (!state.year) state.year = String(p.year);
    if ((await rankedCodes()).blocs.includes(p.unit.bloc)) state.bloc = p.unit.bloc;
    const ranking = own
      ? { rows: own.map((u) => ({ unit_key: u.unit_key, rank_in_bloc: '•', unit_name: u.unit_label })) }
      : await api('ranking', { year: state.year, bloc: state.bloc }).catch(() => ({ rows: [] }));
    const known = ranking.rows.some((r) => r.unit_key === state.unit);
    const options = (known ? '' : '<option value="' + esc(state.unit) + '" selected>' + esc(label(p.unit)) + '</option>') +
      ranking.rows.map((r) => '<option value="' + esc(r.unit_key) + '"' + (r.unit_key === state.unit ? ' selected' : '') + '>' +
        esc(r.rank_in_bloc + '. ' + r.unit_name) + '</option>').join('');
    await frame('unit', { basis: true, extra: '<label data-value="' + esc(label(p.unit)) + '">' + esc(t('chooseUnit')) +
      '<select name="unit">' + options + '</select></label>' });
    const ix = p.index;
    const link = (key, text) => '<a href="/dashboard/unit.html' + query({ unit: key, field: null }) + '">' + esc(text) + '</a>';

    document.getElementById('kpis').innerHTML =
      '<div class="kpi"><div class="label">' + esc(p.unit.unit_code) + ' · ' + esc(t(p.unit.bloc)) + ' · ' + esc(periodText(p.unit)) +
        '</div><div class="value" style="font-size:20px">' + esc(p.unit.name) + '</div></div>' +
      (ix ? '<div class="kpi" style="border-left-color:' + bandColor(ix.band) + '"><div class="label">' + esc(t('index')) + ' ' + esc(p.year) + '</div><div class="value">' +
        num(ix.index_pct_rounded) + '%</div><div class="muted">' + esc(t('band')) + ' ' + esc(ix.band ? ix.band + ' — ' + ix.band_label : t('belowBands')) +
        (ix.provisional ? ' · <span class="tag overdue">' + esc(t('provisional')) + '</span>' : '') + '</div></div>' +
        '<div class="kpi"><div class="label">' + esc(t('rank')) + '</div><div class="value">' + esc(ix.rank_in_bloc) + '/' + esc(ix.units_ranked) + '</div><div class="muted">' +
        esc(t('points')) + ' ' + num(ix.total_points) + ' / ' + num(ix.applicable_max) + '</div></div>'
        : '<div class="kpi"><div class="value muted" style="font-size:16px">' + esc(t('noIndex')) + '</div></div>');
    // a reused code: say which unit this is and link the others
    document.getElementById('versions').innerHTML = p.other_versions.length
      ? (p.unit.resolved_by === 'NEWEST_VERSION' ? esc(t('newestVersion').replace('{code}', p.unit.unit_code)) + ' ' : '') +
        esc(t('otherVersions')) + ': ' + p.other_versions.map((v) => link(v.unit_key, label(v))).join('; ')
      : '';
    document.getElementById('lineage').innerHTML = p.lineage.length ? esc(t('lineage')) + ': ' + p.lineage.map((l) =>
      esc(t(l.relation)) + ' ' + (l.unit_key ? link(l.unit_key, label(l)) : esc(l.unit_code)) + ' (' + esc(t(l.kind)) + ' ' +
      esc(dayText(l.effective_date)) + ', ' + esc(t('share')) + ' ' + num(l.share, 4) + ')').join('; ') : '';

    if (p.unit.bloc === 'XA') await drawMap(p);

    const comps = p.components;
    const lows = comps.flatMap((c) => [c.pct, c.bloc_average_pct, c.best_unit_pct]).filter((v) => v !== null);
    // narrow cards (tablet, print) get shorter axis names so that none is clipped
    const labelLength = document.getElementById('radar').clientWidth < 560 ? 14 : 24;
    const radarMin = lows.length ? Math.max(0, Math.floor(Math.min(...lows) / 10) * 10 - 10) : 0;
    if (!comps.length) {
      document.getElementById('radar').innerHTML = '<p class="muted">' + esc(t('noIndex')) + '</p>';
    } else chart('radar', {
      tooltip: {}, legend: { bottom: 0 },
      radar: { indicator: comps.map((c) => ({ name: c.field_code + '. ' + short(c.name, labelLength), max: 100, min: radarMin })), radius: '56%', axisName: { fontSize: 10, color: '#333' } },
      series: [{ type: 'radar', data: [
        { name: t('thisUnit'), value: comps.map((c) => round(c.pct)), areaStyle: { opacity: 0.15 }, itemStyle: { color: '#b3261e' } },
        { name: t('blocAverage'), value: comps.map((c) => round(c.bloc_average_pct)), itemStyle: { color: '#2f6fb3' } },
        { name: t('bestUnit') + (p.best_unit_label ? ': ' + label({ unit_label: p.best_unit_label }) : ''), value: comps.map((c) => round(c.best_unit_pct)), itemStyle: { color: '#1b7f3b' }, lineStyle: { type: 'dashed' } }] }]
    });

    const trend = state.basis === 'AS_IS' ? p.trend_as_is : p.trend_as_was;
    const breaks = trend.filter((r) => !r.comparable && r.comparability_reason && r.comparability_reason !== 'NO_PREVIOUS_VALUE');
    chart('trend', {
      tooltip: { trigger: 'axis', formatter: (xs) => xs.map((x) => { const r = trend[x.dataIndex];
        return esc(r.year + ': ' + num(r.index_pct) + '%' + (r.restated ? ' (' + t('restated') + (r.restated_from ? ': ' + r.restated_from : '') + ')' : '')
          + (r.comparable || !r.comparability_reason ? '' : ' — ' + t(r.comparability_reason))); }).join('<br>') },
      grid: { left: 8, right: 20, top: 30, bottom: 24, containLabel: true },
      xAxis: { type: 'category', data: trend.map((r) => String(r.year)) },
      yAxis: { type: 'value', axisLabel: { formatter: '{value}%' }, min: (v) => Math.max(0, Math.floor((v.min - 2) / 10) * 10),
        max: (v) => Math.min(100, Math.ceil((v.max + 2) / 10) * 10) },
      series: [{ type: 'line', name: t('index') + ' (' + t(state.basis) + ')', symbolSize: 8,
        // restated (as-is) values are hollow: they are share-weighted values of predecessors
        data: trend.map((r) => ({ value: round(r.index_pct), symbol: r.restated ? 'emptyCircle' : 'circle',
          itemStyle: { color: r.restated ? '#8a8f98' : '#2f6fb3' } })),
        label: { show: true, formatter: (x) => num(x.value, 1), fontSize: 10 },
        markLine: { symbol: 'none', lineStyle: { type: 'dashed', color: '#b3261e' },
          label: { formatter: (m) => m.name, fontSize: 10, color: '#b3261e' },
          data: breaks.map((r) => ({ xAxis: String(r.year), name: t(r.comparability_reason) })) } }]
    });

    const weakest = p.weakest_criteria.slice().reverse();
    chart('weakest', {
      grid: { left: 8, right: 40, top: 10, bottom: 24, containLabel: true }, tooltip: {},
      xAxis: { type: 'value', max: 100, name: '%' },
      yAxis: { type: 'category', data: weakest.map((w) => w.criterion_code + ' ' + w.criterion_name), axisLabel: { width: 220, overflow: 'truncate', fontSize: 11 } },
      series: [{ type: 'bar', name: t('attainment'), data: weakest.map((w) => ({ value: round(w.attainment_pct), itemStyle: { color: w.weak ? '#b3261e' : '#d48a00' } })),
        label: { show: true, position: 'right', formatter: (x) => num(x.value, 1) } }]
    });

    const gaps = p.self_vs_appraised.filter((g) => g.level === 'FIELD');
    chart('gaps', {
      tooltip: { trigger: 'axis' }, legend: { bottom: 0 }, grid: { left: 8, right: 10, top: 30, bottom: 34, containLabel: true },
      xAxis: { type: 'category', data: gaps.map((g) => g.field_code) },
      yAxis: { type: 'value', name: t('points') },
      series: [{ type: 'bar', name: t('selfPoints'), data: gaps.map((g) => g.self_points), itemStyle: { color: '#9aa7b8' } },
        { type: 'bar', name: t('appraisedPoints'), data: gaps.map((g) => g.appraised_points), itemStyle: { color: '#2f6fb3' } }]
    });

    const satYears = [...new Set(p.satisfaction.map((s) => s.year))].filter((y) => y <= Number(p.year));
    const satYear = satYears.length ? Math.max(...satYears) : null;
    const sat = p.satisfaction.filter((s) => s.year === satYear);
    document.querySelector('[data-i18n="satisfaction"]').textContent = t('satisfaction') + (satYear ? ' — ' + satYear : '');
    chart('satisfaction', {
      tooltip: { trigger: 'axis', formatter: (xs) => xs.filter((x) => x.seriesType === 'bar').map((x) => {
        const s = sat[x.dataIndex];
        return esc(t('component_' + s.component)) + ': ' + num(s.satisfied_pct, 1) + '% [' + num(s.wilson_low_pct, 1) + '–' + num(s.wilson_high_pct, 1) + '], n=' +
          s.respondents + (s.small_sample ? ' (' + t('smallSample') + ')' : '');
      }).join('<br>') },
      grid: { left: 8, right: 10, top: 20, bottom: 24, containLabel: true },
      xAxis: { type: 'category', data: sat.map((s) => t('component_' + s.component)), axisLabel: { interval: 0, fontSize: 10, width: 80, overflow: 'break' } },
      yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        { type: 'bar', name: t('satisfied'), data: sat.map((s) => ({ value: round(s.satisfied_pct), itemStyle: { color: s.small_sample ? '#9aa7b8' : '#2f6fb3' } })) },
        { type: 'custom', name: '95%', data: sat.map((s, i) => [i, s.wilson_low_pct, s.wilson_high_pct]), z: 10,
          renderItem: (params, api) => {
            const lo = api.coord([api.value(0), api.value(1)]);
            const hi = api.coord([api.value(0), api.value(2)]);
            const w = api.size([1, 0])[0] * 0.15;
            const style = { stroke: '#1d2733', lineWidth: 1.5 };
            return { type: 'group', children: [
              { type: 'line', shape: { x1: lo[0], y1: lo[1], x2: hi[0], y2: hi[1] }, style },
              { type: 'line', shape: { x1: lo[0] - w, y1: lo[1], x2: lo[0] + w, y2: lo[1] }, style },
              { type: 'line', shape: { x1: hi[0] - w, y1: hi[1], x2: hi[0] + w, y2: hi[1] }, style }] };
          } }]
    });

    table('findings', [
      { label: t('year'), key: 'year' },
      { label: t('field'), key: 'field_code' },
      { label: t('description'), render: (r) => esc(r.description) },
      { label: t('due'), key: 'due_date', nowrap: true },
      { label: t('status'), render: (r) => r.overdue ? '<span class="tag overdue">' + esc(t('overdue')) + ' ' + r.days_overdue + 'd</span>'
        : r.status === 'OPEN' ? '<span class="tag">' + esc(t('OPEN')) + '</span>' : '<span class="tag ok">' + esc(t('REMEDIATED')) + ' ' + esc(r.remediated_on) + '</span>' }],
      p.findings.slice().sort((a, b) => (b.overdue - a.overdue) || (b.year - a.year)));
  } catch (e) { fail(e); }
  done();

  // The commune on today's map: itself if it exists today, else the communes it went into.
  async function drawMap(p) {
    document.getElementById('map-card').hidden = false;
    const highlight = [p.unit.unit_key].concat(p.lineage.filter((l) => l.relation === 'SUCCESSOR').map((l) => l.unit_key));
    mapColorSelect('map-tools');
    const m = await communeMap('map', state.year, { legend: 'map-legend', hint: 'map-hint', highlight });
    const restated = m.rows.some((r) => r.value_source === 'AS_IS');
    document.getElementById('map-title').textContent = t('mapTitle') + ' — ' + state.year +
      (restated ? ' (' + t('mapTitleRestated') + ')' : '');
  }

  function dayText(iso) { return iso ? iso.split('-').reverse().join('/') : ''; }
  function periodText(u) { return dayText(u.valid_from) + ' – ' + (u.valid_to ? dayText(u.valid_to) : (state.lang === 'en' ? 'present' : 'nay')); }
  function short(s, n) { return s.length > n ? s.slice(0, n - 1).trimEnd() + '…' : s; }
  function round(v) { return v === null || v === undefined ? null : Math.round(v * 100) / 100; }
})();
