// Sitrep's page: map, timeline chart, event list, one event with its evidence, corrections, the
// state timeline of a place, and a box to read an article. Everything a report says is put in the
// page as text (textContent), never as markup: a report carrying <script> shows it, runs nothing.
'use strict';

(function () {
  const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT',
    'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
  // Dark enough for white text (contrast at least 4.5:1).
  const COLOURS = {
    ASSAULT: '#b01c1c', COERCE: '#9a3b00', THREATEN: '#8a4b00', MOBILIZE: '#6b4f00', PROTEST: '#7b2a8a', SANCTION: '#5a3d7a',
    ACCUSE: '#8a2b55', REJECT: '#6d2b3d', REQUEST: '#2b5a7a', RETREAT: '#1f6b52', CONCEDE: '#1f6b52', AID: '#1d6a2c',
    COOPERATE: '#174a7c', SUPPORT: '#2d5f8a', CONSULT: '#3a4f66', AGREE: '#215e5e',
  };
  const PAGE = 100;

  const state = { filters: {}, brush: null, offset: 0, total: 0, current: null };
  const $ = (id) => document.getElementById(id);

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    if (attrs) for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return e;
  }

  function svg(tag, attrs) {
    const e = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    return e;
  }

  async function api(path, options, withHeaders) {
    const r = await fetch(path, Object.assign({ headers: { Accept: 'application/json' }, credentials: 'same-origin' }, options || {}));
    const type = r.headers.get('content-type') || '';
    const body = type.includes('json') ? await r.json() : await r.text();
    if (!r.ok) {
      const detail = body && body.errors ? Object.entries(body.errors).map(([k, v]) => k + ': ' + v.join(' ')).join('; ') : (body && (body.detail || body.title)) || r.statusText;
      throw new Error(detail);
    }
    return withHeaders ? { body, headers: r.headers } : body;
  }

  function typeBadge(type) {
    const b = el('span', { class: 'type', text: type });
    b.style.background = COLOURS[type] || '#444';
    return b;
  }

  function query(extra) {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(state.filters)) if (v) p.set(k, v);
    if (extra) for (const [k, v] of Object.entries(extra)) if (v !== null && v !== undefined && v !== '') p.set(k, v);
    return p.toString();
  }

  // With a period brushed on the chart, the list and the map keep only that period.
  function periodFilters() {
    if (!state.brush) return {};
    const from = state.filters.from && state.filters.from > state.brush.from ? state.filters.from : state.brush.from;
    const to = state.filters.to && state.filters.to < state.brush.to ? state.filters.to : state.brush.to;
    return { from, to };
  }

  // ---- the map ----
  const map = L.map('map', { worldCopyJump: true, minZoom: 1, maxZoom: 12 }).setView([30, 30], 2);
  map.attributionControl.addAttribution('Outlines: Natural Earth (world-atlas)');
  const clusters = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 });
  const areas = L.layerGroup();
  clusters.addTo(map);
  areas.addTo(map);

  fetch('vendor/world-atlas/countries-50m.json').then((r) => r.json()).then((world) => {
    L.geoJSON(topojson.feature(world, world.objects.countries), {
      style: { color: '#6f7f8f', weight: 0.7, fillColor: '#f2efe6', fillOpacity: 1 },
      interactive: false,
    }).addTo(map).bringToBack();
  }).catch(() => { /* the base layer is decoration: events still show without it */ });

  function tooltipOf(p) {
    return el('div', null, el('strong', { text: p.type }), ' ', p.summary || '', el('br'), [p.date, placeText(p)].filter(Boolean).join(' · '));
  }

  // An agreement or aid placed where what it commits to is says so: it was not done there.
  function placeText(e) {
    return e.place && e.place_of_deed ? 'concerns ' + e.place : e.place;
  }

  async function loadMap() {
    const MAP_LIMIT = 10000;
    const answer = await api('/api/places?' + query(Object.assign({ limit: MAP_LIMIT }, periodFilters())), null, true);
    const geo = answer.body;
    const total = Number(answer.headers.get('X-Total-Count') || 0);
    $('map-note').textContent = total > MAP_LIMIT
      ? 'The map shows the first ' + MAP_LIMIT.toLocaleString('en') + ' of ' + total.toLocaleString('en') + ' events in date order: narrow the filters or drag a period on the timeline.'
      : '';
    clusters.clearLayers();
    areas.clearLayers();
    const points = [];
    for (const f of geo.features) {
      const p = f.properties;
      const [lon, lat] = f.geometry.coordinates;
      const colour = COLOURS[p.type] || '#444';
      let layer;
      if (p.geo_precision === 3) {
        // A province or a country is an area, not a pin on its capital.
        layer = L.circle([lat, lon], { radius: 120000, color: colour, weight: 1, fillColor: colour, fillOpacity: 0.15 });
        areas.addLayer(layer);
      } else {
        layer = L.circleMarker([lat, lon], p.geo_precision === 2
          ? { radius: 8, color: colour, weight: 3, fillColor: '#fff', fillOpacity: 0.9 }
          : { radius: 7, color: '#222', weight: 1, fillColor: colour, fillOpacity: 0.95 });
        clusters.addLayer(layer);
      }
      layer.bindTooltip(tooltipOf(p));
      layer.on('click', () => openEvent(p.fused_id));
      layer.on('add', () => {
        const node = layer.getElement ? layer.getElement() : null;
        if (node) {
          node.setAttribute('data-event', p.fused_id);
          node.setAttribute('data-type', p.type);
          node.classList.add('event-marker');
        }
      });
      points.push([lat, lon]);
    }
    $('map').setAttribute('data-features', String(geo.features.length));
    if (points.length > 0) map.fitBounds(L.latLngBounds(points).pad(0.4), { maxZoom: 7 });
  }

  function legend() {
    const ul = $('legend');
    for (const t of TYPES) {
      const s = el('span', { class: 'swatch', 'aria-hidden': 'true' });
      s.style.background = COLOURS[t];
      ul.append(el('li', null, s, t));
    }
  }

  // ---- the list ----
  function eventItem(e) {
    const title = el('span', { class: e.verdict === 'rejected' ? 'rejected' : null, text: e.summary });
    const meta = el('div', { class: 'meta' }, [e.date || 'undated', placeText(e) || 'unplaced', e.reports + (e.reports === 1 ? ' report' : ' reports')].join(' · '));
    const badges = [];
    if (e.verdict) badges.push(el('span', { class: 'badge', text: e.verdict }));
    if (e.corrected && e.corrected.length) badges.push(el('span', { class: 'badge', text: 'corrected' }));
    if (e.contradictions) badges.push(el('span', { class: 'badge', text: 'reports disagree' }));
    const button = el('button', { type: 'button', class: 'event', 'data-event': e.id, onclick: () => openEvent(e.id) },
      typeBadge(e.type), ' ', title, ...badges, meta);
    return el('li', null, button);
  }

  async function loadList(append) {
    if (!append) state.offset = 0;
    const page = await api('/api/events?' + query(Object.assign({ offset: state.offset, limit: PAGE }, periodFilters())));
    const list = $('event-list');
    if (!append) list.replaceChildren();
    for (const e of page.items) list.append(eventItem(e));
    state.total = page.total;
    state.offset += page.items.length;
    $('event-count').textContent = '(' + page.total + ')';
    $('more').hidden = state.offset >= page.total;
  }

  // ---- the timeline chart ----
  let days = [];
  async function loadChart() {
    days = await api('/api/events/by-day?' + query());
    drawChart();
  }

  function dayNumber(d) { return Date.parse(d + 'T00:00:00Z') / 86400000; }
  function dayString(n) { return new Date(n * 86400000).toISOString().slice(0, 10); }

  function chartScale() {
    const chart = $('chart');
    const width = chart.clientWidth || 800;
    if (days.length === 0) return null;
    const first = dayNumber(days[0].day) - 1, last = dayNumber(days[days.length - 1].day) + 1;
    return { width, first, last, x: (n) => 20 + (n - first) / (last - first) * (width - 40), day: (x) => first + (x - 20) / (width - 40) * (last - first) };
  }

  function drawChart() {
    const chart = $('chart');
    chart.replaceChildren();
    const s = chartScale();
    if (!s) {
      const none = svg('text', { x: 20, y: 45 });
      none.textContent = 'No dated events.';
      chart.append(none);
      return;
    }
    const max = Math.max(...days.map((d) => d.events));
    const barWidth = Math.max(2, (s.width - 40) / (s.last - s.first) - 1);
    for (const d of days) {
      const h = Math.max(2, d.events / max * 60);
      const bar = svg('rect', { class: 'bar', x: s.x(dayNumber(d.day)) - barWidth / 2, y: 70 - h, width: barWidth, height: h });
      bar.append(svg('title'));
      bar.firstChild.textContent = d.day + ': ' + d.events;
      chart.append(bar);
    }
    const a = svg('text', { x: 20, y: 85 }); a.textContent = dayString(s.first + 1); chart.append(a);
    const b = svg('text', { x: s.width - 90, y: 85 }); b.textContent = dayString(s.last - 1); chart.append(b);
    if (state.brush) {
      const x0 = s.x(dayNumber(state.brush.from) - 0.5), x1 = s.x(dayNumber(state.brush.to) + 0.5);
      chart.append(svg('rect', { class: 'brush', x: Math.min(x0, x1), y: 2, width: Math.max(2, Math.abs(x1 - x0)), height: 70 }));
    }
  }

  function brushing() {
    const chart = $('chart');
    let start = null;
    const xOf = (ev) => ev.clientX - chart.getBoundingClientRect().left;
    chart.addEventListener('pointerdown', (ev) => { if (days.length) { start = xOf(ev); chart.setPointerCapture(ev.pointerId); } });
    chart.addEventListener('pointermove', (ev) => {
      if (start === null) return;
      const s = chartScale();
      const x = xOf(ev);
      chart.querySelectorAll('.brush').forEach((n) => n.remove());
      chart.append(svg('rect', { class: 'brush', x: Math.min(start, x), y: 2, width: Math.abs(x - start), height: 70 }));
      if (s) $('brush-label').textContent = 'Period: ' + dayString(Math.round(s.day(Math.min(start, x)))) + ' to ' + dayString(Math.round(s.day(Math.max(start, x))));
    });
    chart.addEventListener('pointerup', (ev) => {
      if (start === null) return;
      const s = chartScale();
      const x = xOf(ev);
      const a = Math.min(start, x), b = Math.max(start, x);
      start = null;
      if (!s || b - a < 3) return;
      setBrush(dayString(Math.round(s.day(a))), dayString(Math.round(s.day(b))));
    });
  }

  function setBrush(from, to) {
    state.brush = from ? { from, to } : null;
    $('brush-label').textContent = state.brush ? 'Period: ' + from + ' to ' + to : '';
    $('brush-clear').hidden = !state.brush;
    drawChart();
    loadList(false).catch(showError);
    loadMap().catch(showError);
  }

  // ---- one event ----
  function field(dl, name, value, machineValue) {
    dl.append(el('dt', { text: name }), el('dd', { 'data-field': name, text: value === null || value === undefined || value === '' ? 'not given' : String(value) }),
      el('dd', { class: 'machine', text: machineValue === undefined ? '' : 'machine: ' + (machineValue ?? 'not given') }));
  }

  // The report's text as text nodes, with the event's evidence marked and entities coloured.
  function highlighted(text, result, localId) {
    const marks = [];
    const ev = result && result.events ? result.events.find((e) => e.id === localId) : null;
    if (ev) {
      for (const s of ev.evidence || []) if (text.slice(s.start, s.start + s.length) === s.text) marks.push({ start: s.start, end: s.start + s.length, kind: 'evidence' });
    }
    const ents = [];
    // Only spans that fall on the same words in this text (a pasted text may differ from what was read by line ends).
    const fits = (s) => s && text.slice(s.start, s.start + s.length) === s.text;
    for (const e of (result && result.entities) || []) for (const m of e.mentions || []) if (fits(m)) ents.push({ start: m.start, end: m.start + m.length, kind: e.kind, name: e.name });
    ents.sort((a, b) => a.start - b.start);
    const cuts = new Set([0, text.length]);
    for (const m of marks) { cuts.add(m.start); cuts.add(m.end); }
    if (ev && ev.trigger && fits(ev.trigger)) { cuts.add(ev.trigger.start); cuts.add(ev.trigger.start + ev.trigger.length); }
    for (const e of ents) { cuts.add(e.start); cuts.add(e.end); }
    const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
    // Scrollable, so it takes focus (keyboard users scroll it too).
    const out = el('div', { class: 'report-text', tabindex: '0', role: 'region', 'aria-label': 'Report text' });
    let evidence = null;
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      let node = document.createTextNode(text.slice(a, b));
      const ent = ents.find((e) => e.start <= a && e.end >= b);
      if (ent) {
        const span = el('span', { class: 'ent ent-' + ent.kind, title: ent.name + ' (' + ent.kind.replace('_', ' ') + ')' });
        span.append(node);
        // The kind is shown by the stylesheet after the name, so it is no part of the text.
        if (ent.end === b) span.setAttribute('data-label', ent.kind.replace('_', ' '));
        node = span;
      }
      if (ev && ev.trigger && fits(ev.trigger) && ev.trigger.start <= a && ev.trigger.start + ev.trigger.length >= b) {
        const t = el('mark', { class: 'trigger' });
        t.append(node);
        node = t;
      }
      // One mark for each stretch of evidence, however many entities it holds.
      if (marks.some((m) => m.start <= a && m.end >= b)) {
        if (!evidence) { evidence = el('mark', { class: 'evidence' }); out.append(evidence); }
        evidence.append(node);
      } else {
        evidence = null;
        out.append(node);
      }
    }
    return { node: out, event: ev };
  }

  async function reportView(r) {
    const box = el('div', { class: 'report', 'data-document': r.document_id });
    box.append(el('h4', { text: [r.outlet || r.input, r.published].filter(Boolean).join(', ') }));
    box.append(el('p', { class: 'meta', text: r.summary + ' (' + r.status + ')' }));
    const doc = await api('/api/documents/' + r.document_id);
    const { node, event } = highlighted(doc.text, doc.result, r.local_id);
    box.append(node);
    if (event && (event.explanation || event.decided_by)) {
      const why = el('div', { class: 'explain', hidden: true });
      for (const reason of event.explanation || [event.decided_by]) why.append(el('div', { text: reason }));
      const toggle = el('button', { type: 'button', class: 'secondary', 'aria-expanded': 'false', text: 'Why?' });
      toggle.addEventListener('click', () => { why.hidden = !why.hidden; toggle.setAttribute('aria-expanded', String(!why.hidden)); });
      box.append(toggle, why);
    }
    if (r.url && /^https?:\/\//i.test(r.url)) box.append(el('p', { class: 'tip' }, el('a', { href: r.url, rel: 'noopener noreferrer', target: '_blank', text: 'the report online' })));
    return box;
  }

  function correctionForm(detail) {
    const e = detail.event;
    const form = el('form', { id: 'correction-form', 'aria-label': 'Correct this event' });
    const typeSelect = el('select', { name: 'type' }, el('option', { value: '', text: 'unchanged' }), ...TYPES.map((t) => el('option', { value: t, text: t })));
    const verdict = el('select', { name: 'verdict' }, el('option', { value: '', text: 'no verdict' }), el('option', { value: 'confirmed', text: 'confirm' }), el('option', { value: 'rejected', text: 'reject' }));
    const input = (name, type) => el('input', { name, type: type || 'text', step: type === 'number' && name !== 'fatalities' ? 'any' : null });
    form.append(
      el('label', null, 'Verdict', verdict),
      el('label', null, 'Type', typeSelect),
      el('label', null, 'Actor', input('actor')),
      el('label', null, 'Target', input('target')),
      el('label', null, 'Place', input('place')),
      el('label', null, 'Its latitude (optional)', input('lat', 'number')),
      el('label', null, 'Its longitude (optional)', input('lon', 'number')),
      el('label', null, 'Date (YYYY-MM-DD)', input('date')),
      el('label', null, 'Killed', input('fatalities', 'number')),
      el('label', null, 'Your name', input('author')),
      el('label', { class: 'wide' }, 'Note', input('note')),
      el('div', { class: 'wide' }, el('button', { type: 'submit', text: 'Save correction' }), ' ', el('span', { id: 'correction-status', role: 'status' })));
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const data = Object.fromEntries(new FormData(form).entries());
      const body = {};
      for (const [k, v] of Object.entries(data)) if (v !== '') body[k] = ['fatalities', 'lat', 'lon'].includes(k) ? Number(v) : v;
      try {
        const updated = await api('/api/events/' + e.id + '/corrections', { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body) });
        await renderDetail(updated);
        $('correction-status').textContent = 'Saved.';
        loadList(false).catch(showError);
        loadMap().catch(showError);
      } catch (err) {
        $('correction-status').textContent = 'Not saved: ' + err.message;
      }
    });
    return form;
  }

  async function renderDetail(detail) {
    state.current = detail.event.id;
    const e = detail.event, m = detail.machine;
    const body = $('detail-body');
    body.replaceChildren();
    body.append(el('p', null, typeBadge(e.type), ' ', el('strong', { id: 'detail-summary', class: e.verdict === 'rejected' ? 'rejected' : null, text: e.summary }),
      e.verdict ? el('span', { class: 'badge', text: e.verdict }) : null));
    const dl = el('dl', { class: 'fields' });
    const mv = (k) => (m && e.corrected.includes(k) ? m[k] : undefined);
    field(dl, 'type', e.type, mv('type'));
    field(dl, 'actor', e.actor, mv('actor'));
    if (e.recipient && !e.target) field(dl, 'recipient', e.recipient);
    else field(dl, 'target', e.target, mv('target'));
    field(dl, 'place', e.place, mv('place'));
    if (e.place_of_deed) field(dl, 'place is', 'where what it sends or commits to is, not where it was done');
    field(dl, 'date', e.date, mv('date'));
    field(dl, 'killed', e.fatalities, mv('fatalities'));
    field(dl, 'status', e.status);
    body.append(dl);
    if (detail.contradictions.length) {
      body.append(el('h3', { text: 'Where the reports disagree' }));
      for (const c of detail.contradictions) {
        const sides = el('div', { class: 'sides' });
        for (const s of Array.isArray(c.sides) ? c.sides : []) {
          if (typeof s !== 'object' || s === null) { sides.append(el('div', { class: 'side', text: String(s) })); continue; }
          sides.append(el('div', { class: 'side' }, el('strong', { text: '“' + (s.Text ?? s.Value ?? '') + '”' }), el('br'),
            [s.Outlet || s.Input, s.Published].filter(Boolean).join(', ')));
        }
        body.append(el('p', { text: (c.kind === 'figure' ? 'Figures differ' : c.kind === 'denial' ? 'Reported and denied' : c.kind) + ': ' + c.about }), sides);
      }
    }
    if (detail.corrections.length) {
      body.append(el('h3', { text: 'Corrections' }));
      const ul = el('ul', { id: 'corrections' });
      for (const c of detail.corrections) {
        const what = ['verdict', 'type', 'actor', 'target', 'place', 'date', 'fatalities'].filter((k) => c[k] !== null && c[k] !== undefined).map((k) => k + ': ' + c[k]).join(', ');
        ul.append(el('li', { text: c.created + ' ' + c.author + ' — ' + what + (c.note ? ' (' + c.note + ')' : '') }));
      }
      body.append(ul);
    }
    body.append(el('h3', { text: 'Correct it' }), correctionForm(detail));
    body.append(el('h3', { text: 'The reports' }));
    for (const r of detail.reports) {
      const view = await reportView(r);
      // Another event opened meanwhile: its panel is not this one's.
      if (state.current !== e.id) return;
      body.append(view);
    }
  }

  async function openEvent(id) {
    try {
      const detail = await api('/api/events/' + id);
      $('detail').hidden = false;
      await renderDetail(detail);
      $('detail').scrollIntoView({ block: 'start' });
      $('detail-title').focus();
    } catch (err) {
      showError(err);
    }
  }

  // ---- the state timeline ----
  async function loadStates(ev) {
    ev.preventDefault();
    const place = $('state-place').value.trim(), actor = $('state-actor').value.trim();
    const out = $('state-result');
    if (!place && !actor) { out.replaceChildren(el('p', { class: 'error', text: 'Name a place or an actor.' })); return; }
    try {
      const facts = await api('/api/timeline?' + new URLSearchParams(Object.entries({ place, actor }).filter(([, v]) => v)).toString());
      if (facts.length === 0) { out.replaceChildren(el('p', { text: 'Nothing known about that.' })); return; }
      const table = el('table', { class: 'state-table' },
        el('thead', null, el('tr', null, ...['Place', 'Fact', 'Value', 'From', 'To', 'Reports'].map((h) => el('th', { scope: 'col', text: h })))));
      const tbody = el('tbody');
      for (const f of facts) {
        tbody.append(el('tr', null, el('td', { text: f.subject }), el('td', { text: f.predicate }), el('td', { text: f.value }),
          el('td', { text: f.valid_from || (f.date_unknown === 'valid_from' ? 'unknown date' : '…') }),
          el('td', { text: f.valid_to || (f.date_unknown === 'valid_to' ? 'unknown date' : '…') }), el('td', { text: f.sources.join('; ') })));
      }
      table.append(tbody);
      out.replaceChildren(table);
    } catch (err) {
      out.replaceChildren(el('p', { class: 'error', text: err.message }));
    }
  }

  // ---- read an article ----
  async function extract(ev) {
    ev.preventDefault();
    const out = $('paste-result');
    const text = $('paste-text').value;
    if (!text.trim()) { out.replaceChildren(el('p', { class: 'error', text: 'Paste an article first.' })); return; }
    out.replaceChildren(el('p', { text: 'Reading…' }));
    try {
      const body = { text };
      if ($('paste-published').value) body.published = $('paste-published').value;
      const result = await api('/api/extract', { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body) });
      const list = el('ol', { id: 'paste-events' });
      for (const e of result.events) {
        list.append(el('li', null, typeBadge(e.type), ' ', e.summary, el('span', { class: 'meta', text: ' · ' + [e.date && e.date.value, e.location && e.location.name, e.status].filter(Boolean).join(' · ') })));
      }
      const heading = el('h3', { text: result.events.length + (result.events.length === 1 ? ' event' : ' events') });
      out.replaceChildren(heading, list, el('h3', { text: 'Entities in the text' }), highlighted(text, result, null).node);
    } catch (err) {
      out.replaceChildren(el('p', { class: 'error', text: 'Could not read it: ' + err.message }));
    }
  }

  function showError(err) {
    $('event-count').textContent = '(error: ' + err.message + ')';
  }

  function readFilters() {
    const f = {};
    for (const name of ['type', 'actor', 'place', 'from', 'to', 'status', 'text']) {
      const v = $('f-' + name).value.trim();
      if (v) f[name] = v;
    }
    state.filters = f;
  }

  async function reload() {
    readFilters();
    await Promise.all([loadList(false), loadMap(), loadChart()]);
  }

  // ---- start ----
  for (const t of TYPES) $('f-type').append(el('option', { value: t, text: t }));
  legend();
  brushing();
  $('filters').addEventListener('submit', (ev) => { ev.preventDefault(); reload().catch(showError); });
  $('filters').addEventListener('reset', () => { setTimeout(() => { state.brush = null; $('brush-clear').hidden = true; $('brush-label').textContent = ''; reload().catch(showError); }, 0); });
  $('more').addEventListener('click', () => loadList(true).catch(showError));
  $('brush-clear').addEventListener('click', () => setBrush(null));
  $('detail-close').addEventListener('click', () => { $('detail').hidden = true; state.current = null; });
  $('detail-title').setAttribute('tabindex', '-1');
  $('state-form').addEventListener('submit', loadStates);
  $('paste-form').addEventListener('submit', extract);
  window.addEventListener('resize', drawChart);
  reload().then(() => document.body.setAttribute('data-ready', 'true')).catch(showError);
})();
