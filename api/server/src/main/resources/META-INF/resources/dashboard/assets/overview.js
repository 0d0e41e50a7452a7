// Tổng quan: key figures per bloc, the communes' map, the ranking coloured by band, movers, band distribution.
(async function () {
  'use strict';
  const { state, t, api, num, esc, chart, frame, done, fail, bandColor, go, label, communeMap, mapColorSelect } = window.cchc;
  let overviewMovers = () => [];
  try {
    await frame('overview', { basis: true });
    const [overview, ranking] = await Promise.all([
      api('overview', { year: state.year, bloc: state.bloc, basis: state.basis }),
      api('ranking', { year: state.year, bloc: state.bloc })]);

    document.getElementById('kpis').innerHTML = overview.key_figures.map((k) => {
      const d = k.change_pp;
      const cls = d === null ? '' : d >= 0 ? 'up' : 'down';
      const arrow = d === null ? '' : d >= 0 ? '▲' : '▼';
      return '<div class="kpi"><div class="label">' + esc(t(k.bloc)) + ' · ' + esc(k.units) + ' ' + esc(t('unitsShort')) + '</div>' +
        '<div class="value">' + num(k.average_pct) + '%</div>' +
        '<div class="delta ' + cls + '">' + arrow + ' ' + (d === null ? '–' : num(d) + ' ' + t('pp')) + ' <span class="muted">' + esc(t('change')) + '</span></div>' +
        '<div class="muted">' + esc(t('best')) + ' ' + num(k.best_pct) + '% · ' + esc(t('worst')) + ' ' + num(k.worst_pct) + '% · ' +
        esc(k.units_up) + ' ' + esc(t('up')) + ' / ' + esc(k.units_down) + ' ' + esc(t('down')) + '</div></div>';
    }).join('');

    const rows = ranking.rows.slice().reverse();
    const el = document.getElementById('ranking');
    el.style.height = Math.max(340, rows.length * 16 + 60) + 'px';
    const rankingChart = chart('ranking', {
      grid: { left: 8, right: 56, top: 10, bottom: 24, containLabel: true },
      tooltip: { trigger: 'item', formatter: (p) => esc(p.data.row.rank_in_bloc + '. ' + label(p.data.row)) + '<br>' +
        num(p.value) + '% · ' + esc(p.data.row.band_label || t('belowBands')) + (p.data.row.provisional ? ' · ' + t('provisional') : '') },
      xAxis: { type: 'value', min: (v) => Math.max(0, Math.floor(v.min / 5) * 5 - 5), max: 100, name: '%' },
      yAxis: { type: 'category', data: rows.map((r) => r.rank_in_bloc + '. ' + r.unit_name), axisLabel: { fontSize: 11, width: 190, overflow: 'truncate' } },
      series: [{ type: 'bar', name: t('index'), data: rows.map((r) => ({ value: r.index_pct, row: r, itemStyle: { color: bandColor(r.band) } })),
        label: { show: true, position: 'right', formatter: (p) => num(p.value), fontSize: 10 } }]
    });
    rankingChart.on('click', (p) => go({ unit: p.data.row.unit_key }, '/dashboard/unit.html'));

    chart('bands', {
      tooltip: { trigger: 'item', formatter: (p) => esc(p.name) + ': ' + p.value + ' (' + p.percent + '%)' },
      legend: { bottom: 0 },
      series: [{ type: 'pie', radius: ['40%', '70%'], center: ['50%', '45%'],
        label: { formatter: '{b}: {c}' },
        data: overview.bands.map((b) => ({ name: (b.band ? b.band + ' — ' : '') + (b.band ? b.band_label : t('belowBands')), value: b.units,
          itemStyle: { color: bandColor(b.band) } })) }]
    });

    const movers = overview.movers_up.concat(overview.movers_down.slice().reverse());
    overviewMovers = () => movers;
    if (!movers.length) {
      document.getElementById('movers').innerHTML = '<p class="muted">' + esc(t('noMovers')) + '</p>';
    } else chart('movers', {
      grid: { left: 8, right: 50, top: 10, bottom: 10, containLabel: true },
      tooltip: { trigger: 'item', formatter: (p) => esc(label(movers[p.dataIndex])) + ': ' + num(p.value) + ' ' + t('pp') },
      xAxis: { type: 'value', name: t('pp') },
      yAxis: { type: 'category', inverse: true, data: movers.map((m) => m.unit_name), axisLabel: { fontSize: 11, width: 170, overflow: 'truncate' } },
      series: [{ type: 'bar', data: movers.map((m) => ({ value: m.change_pp, itemStyle: { color: m.change_pp >= 0 ? '#1b7f3b' : '#b3261e' } })),
        label: { show: true, position: 'right', formatter: (p) => (p.value > 0 ? '+' : '') + num(p.value) } }]
    });
    moversClick();
    await drawMap();
    document.querySelector('[data-i18n="moversUp"]').textContent = t('moversUp') + ' / ' + t('moversDown').toLowerCase() +
      ' (' + t(state.basis) + ')';
  } catch (e) { fail(e); }
  done();

  function moversClick() {
    const c = window.cchc.charts.movers;
    if (c) c.on('click', (p) => go({ unit: (overviewMovers()[p.dataIndex] || {}).unit_key }, '/dashboard/unit.html'));
  }

  // The communes of today, coloured for the selected year (AS_IS restated before the restructuring).
  async function drawMap() {
    mapColorSelect('map-tools');
    const m = await communeMap('map', state.year, { legend: 'map-legend', hint: 'map-hint' });
    const restated = m.rows.some((r) => r.value_source === 'AS_IS');
    document.getElementById('map-title').textContent = t('mapTitle') + ' — ' + state.year +
      (restated ? ' (' + t('mapTitleRestated') + ')' : '');
  }
})();
