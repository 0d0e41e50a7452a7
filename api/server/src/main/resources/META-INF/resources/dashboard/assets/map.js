// The province's communes as a choropleth (ECharts map series, SVG renderer, boundaries served by this server:
// no tiles, no CDN). Values from /api/v1/map/communes: the year's index, or for years before the 2025
// restructuring the AS_IS value restated onto today's communes. A feature is matched by ward_code = unit_code.
(function () {
  'use strict';
  const { state, t, api, num, esc, chart, go, bandColor, label } = window.cchc;
  const BOUNDARIES = '/dashboard/assets/geo/an_giang_communes_2025.geojson';
  const MAP_NAME = 'cchc-communes';
  const NO_DATA = '#c9ced6';
  const SCALE = ['#b3261e', '#f2c14e', '#f7f3d0', '#7cc47f', '#1b7f3b'];
  const SCALE_MIN = 40;
  const SCALE_MAX = 100;
  let boundaries = null;

  async function loadBoundaries() {
    if (!boundaries) {
      const r = await fetch(BOUNDARIES, { credentials: 'same-origin' });
      if (!r.ok) throw new Error(t('mapNoBoundaries') + ' (' + r.status + ')');
      boundaries = await r.json();
      echarts.registerMap(MAP_NAME, boundaries);
    }
    return boundaries;
  }

  function mix(a, b, f) {
    const pa = [1, 3, 5].map((i) => parseInt(a.slice(i, i + 2), 16));
    const pb = [1, 3, 5].map((i) => parseInt(b.slice(i, i + 2), 16));
    return '#' + pa.map((x, i) => Math.round(x + (pb[i] - x) * f).toString(16).padStart(2, '0')).join('');
  }

  // The index on a red → green scale over [SCALE_MIN, SCALE_MAX], the heatmap's colours.
  function indexColor(v) {
    const f = Math.min(1, Math.max(0, (v - SCALE_MIN) / (SCALE_MAX - SCALE_MIN))) * (SCALE.length - 1);
    const i = Math.min(SCALE.length - 2, Math.floor(f));
    return mix(SCALE[i], SCALE[i + 1], f - i);
  }

  function colorOf(row, mode) {
    if (!row || row.index_pct === null || row.index_pct === undefined) return NO_DATA;
    return mode === 'index' ? indexColor(row.index_pct) : bandColor(row.band);
  }

  function tooltip(row, code, name, year) {
    if (!row) return esc(name) + ' (' + esc(code) + ')<br><span style="color:#5f6b7a">' + esc(t('mapNotInRegistry')) + '</span>';
    let s = '<b>' + esc(label(row)) + '</b>' + (row.unit_label && row.unit_label !== row.unit_name ? '' : ' <span style="color:#5f6b7a">' + esc(row.unit_code) + '</span>');
    if (row.index_pct === null || row.index_pct === undefined) {
      return s + '<br><span style="color:#5f6b7a">' + esc(t('mapNoValue') + ' ' + year) + '</span>';
    }
    s += '<br>' + esc(t('index') + ' ' + year) + ': <b>' + num(row.index_pct) + '%</b> · ' +
      esc(row.band ? row.band + ' — ' + row.band_label : t('belowBands')) +
      (row.rank_in_bloc ? ' · ' + esc(t('rank')) + ' ' + row.rank_in_bloc : '');
    if (row.value_source === 'AS_IS') {
      const parts = row.restated_from ? row.restated_from.split(';').length : 0;
      s += '<br><span style="color:#5f6b7a">' + esc(t('mapRestated') + (parts ? ' (' + parts + ' ' + t('mapPredecessors') + ')' : '') +
        (row.partial ? ', ' + t('mapPartial') : '')) + '</span>';
    }
    return s;
  }

  function legend(el, mode, rows, year) {
    let html;
    if (mode === 'index') {
      html = '<span class="scale" style="background:linear-gradient(to right,' + SCALE.join(',') + ')"></span> ' +
        SCALE_MIN + '% – ' + SCALE_MAX + '%';
    } else {
      const bands = new Map();
      rows.filter((r) => r.index_pct !== null).forEach((r) => bands.set(r.band || '', r.band ? r.band + ' — ' + r.band_label : t('belowBands')));
      html = [...bands.entries()].sort((a, b) => (a[0] || 'Z').localeCompare(b[0] || 'Z'))
        .map(([b, l]) => '<span class="swatch" style="background:' + bandColor(b) + '"></span>' + esc(l)).join(' ');
    }
    const missing = rows.filter((r) => r.index_pct === null).length;
    el.innerHTML = html + ' <span class="swatch" style="background:' + NO_DATA + '"></span>' + esc(t('mapNoValue') + ' ' + year) +
      (missing ? ' (' + missing + ')' : '');
  }

  // Draws the map into #id for the year; highlight = unit keys to outline (the unit page's commune).
  async function communeMap(id, year, options) {
    const opts = options || {};
    const mode = state.color === 'index' ? 'index' : 'band';
    const [geo, values] = await Promise.all([loadBoundaries(), api('map/communes', { year })]);
    const rows = values.rows;
    const byCode = new Map(rows.map((r) => [r.unit_code, r]));
    const highlight = new Set(opts.highlight || []);
    const features = geo.features.map((f) => ({ code: String(f.properties.ward_code), name: f.properties.name }));
    const data = features.map((f) => {
      const row = byCode.get(f.code) || null;
      const color = colorOf(row, mode);
      const outlined = row && highlight.has(row.unit_key);
      // on a unit's page its commune stands out: the others are faded, it is outlined
      const faded = highlight.size && !outlined;
      return {
        name: f.code, value: row ? row.index_pct : null, row, featureName: f.name,
        itemStyle: { areaColor: color, borderColor: outlined ? '#1d2733' : '#ffffff', borderWidth: outlined ? 2.5 : 0.6,
          opacity: faded ? 0.45 : 1 },
        emphasis: { itemStyle: { areaColor: color, borderColor: '#1d2733', borderWidth: 1.5 } }
      };
    });
    const drawn = new Set(features.map((f) => f.code));
    const unmapped = rows.filter((r) => !drawn.has(r.unit_code));
    const c = chart(id, {
      tooltip: { trigger: 'item', formatter: (p) => tooltip(p.data && p.data.row, p.name, p.data ? p.data.featureName : p.name, year) },
      series: [{ type: 'map', map: MAP_NAME, nameProperty: 'ward_code', roam: true, aspectScale: 0.98, selectedMode: false,
        left: 8, right: 8, top: 8, bottom: 8, label: { show: false },
        itemStyle: { areaColor: NO_DATA, borderColor: '#ffffff', borderWidth: 0.6 },
        emphasis: { label: { show: false } }, data }]
    }, { renderer: 'svg' });
    c.off('click');
    c.on('click', (p) => {
      const row = p.data && p.data.row;
      if (row) go({ unit: row.unit_key, bloc: 'XA', basis: row.value_source === 'AS_IS' ? 'AS_IS' : state.basis,
        year: row.value_source === 'INDEX' ? year : null, field: null }, '/dashboard/unit.html');
    });
    const el = document.getElementById(id);
    el.dataset.communes = String(features.length);
    el.dataset.coloured = String(data.filter((d) => d.itemStyle.areaColor !== NO_DATA).length);
    if (opts.legend) legend(document.getElementById(opts.legend), mode, rows, year);
    if (opts.hint) {
      const restated = rows.filter((r) => r.value_source === 'AS_IS').length;
      const notes = [];
      if (restated) notes.push(t('mapRestatedNote').replace('{n}', restated).replace('{year}', rows[0].communes_year));
      if (unmapped.length) notes.push(t('mapUnmapped') + ': ' + unmapped.map((r) => label(r) + ' (' + r.unit_code + ')').join(', '));
      notes.push(t('mapClick'));
      document.getElementById(opts.hint).textContent = notes.join(' ');
    }
    return { chart: c, rows, data };
  }

  // "Tô màu theo": band or index, kept in the URL like every other filter.
  function colorSelect(id) {
    const el = document.getElementById(id);
    const current = state.color === 'index' ? 'index' : 'band';
    el.innerHTML = '<label>' + esc(t('mapColour')) + ' <select name="color">' + ['band', 'index'].map((v) =>
      '<option value="' + v + '"' + (v === current ? ' selected' : '') + '>' + esc(t('mapColour_' + v)) + '</option>').join('') +
      '</select></label>';
    el.querySelector('select').addEventListener('change', (e) => go({ color: e.target.value }));
  }

  window.cchc.communeMap = communeMap;
  window.cchc.mapColorSelect = colorSelect;
  window.cchc.MAP_NO_DATA = NO_DATA;
})();
