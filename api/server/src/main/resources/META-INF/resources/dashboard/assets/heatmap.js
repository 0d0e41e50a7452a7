// Bản đồ nhiệt: units × fields, a click drills into the criteria of a field (field= in the URL).
(async function () {
  'use strict';
  const { state, t, api, num, esc, chart, table, frame, done, fail, go } = window.cchc;
  try {
    await frame('heatmap');
    const drill = !!state.field;
    const [cells, weak] = await Promise.all([
      api('heatmap', { year: state.year, bloc: state.bloc, level: drill ? 'CRITERION' : 'FIELD', field: state.field }),
      api('weaknesses', { year: state.year, bloc: state.bloc })]);
    const rows = cells.rows;
    const colKey = drill ? 'criterion_code' : 'field_code';
    const colName = drill ? 'criterion_name' : 'field_name';
    const valueKey = drill ? 'attainment_pct' : 'pct';
    const columns = [...new Map(rows.map((r) => [r[colKey], r[colName]])).entries()].sort((a, b) => naturalCode(a[0], b[0]));
    const units = [...new Map(rows.map((r) => [r.unit_key, r.unit_rank + '. ' + r.unit_name])).entries()];
    const xIndex = new Map(columns.map((c, i) => [c[0], i]));
    const yIndex = new Map(units.map((u, i) => [u[0], i]));
    document.getElementById('heatmap-title').innerHTML = esc(drill ? t('criteria') + ' — ' + t('field') + ' ' + state.field : t('fields')) +
      (drill ? ' <button class="link" id="back" type="button">' + esc(t('backToFields')) + '</button>' : '');
    document.getElementById('heatmap-hint').textContent = drill ? '' : t('clickToDrill');
    if (drill) document.getElementById('back').addEventListener('click', () => go({ field: null }));
    const el = document.getElementById('heatmap');
    el.style.height = Math.max(360, units.length * 18 + 110) + 'px';
    const c = chart('heatmap', {
      tooltip: { position: 'top', formatter: (p) => esc(units[p.value[1]][1]) + '<br>' + esc(columns[p.value[0]][0] + ' ' + columns[p.value[0]][1]) +
        '<br>' + num(p.value[2]) + '%' },
      grid: { left: 8, right: 20, top: 40, bottom: 60, containLabel: true },
      xAxis: { type: 'category', position: 'top', data: columns.map((x) => x[0]), splitArea: { show: true } },
      yAxis: { type: 'category', inverse: true, data: units.map((u) => u[1]), axisLabel: { fontSize: 11, width: 200, overflow: 'truncate' } },
      visualMap: { min: 40, max: 100, calculable: true, orient: 'horizontal', left: 'center', bottom: 5,
        inRange: { color: ['#b3261e', '#f2c14e', '#f7f3d0', '#7cc47f', '#1b7f3b'] } },
      series: [{ type: 'heatmap', name: t('attainment'),
        data: rows.filter((r) => r[valueKey] !== null).map((r) => [xIndex.get(r[colKey]), yIndex.get(r.unit_key), Number(r[valueKey].toFixed(1))]),
        label: { show: columns.length <= 12 && units.length <= 40, fontSize: 10 } }]
    });
    if (!drill) c.on('click', (p) => go({ field: columns[p.value[0]][0] }));
    else c.on('click', (p) => go({ unit: units[p.value[1]][0], field: null }, '/dashboard/unit.html'));
    table('weaknesses', [
      { label: t('criterion'), render: (r) => esc(r.criterion_code + ' ' + r.criterion_name) },
      { label: t('meanAttainment'), num: true, render: (r) => num(r.mean_attainment_pct, 1) },
      { label: t('unitsBelow'), num: true, render: (r) => esc(r.units_below + '/' + r.units) + ' (' + num(r.share_below_pct, 0) + '%)' },
      { label: t('persistent'), render: (r) => esc(r.persistent_unit_codes || '') }], weak.rows.slice(0, 15));
  } catch (e) { fail(e); }
  done();

  // 3.2 before 3.10; topics (MOT_CUA …) after numbered fields
  function naturalCode(a, b) {
    const pa = String(a).split('.'), pb = String(b).split('.');
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
      const x = Number(pa[i] ?? -1), y = Number(pb[i] ?? -1);
      if (Number.isNaN(x) || Number.isNaN(y)) return String(a).localeCompare(String(b));
      if (x !== y) return x - y;
    }
    return 0;
  }
})();
