// The API reference page (/api/docs): renders /api/v1/openapi.json with the DOM alone, no
// library and nothing from outside this server. Every text goes in through textContent.
'use strict';

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  for (const c of children) if (c != null) node.append(c instanceof Node ? c : String(c));
  return node;
}

function resolve(spec, obj) {
  let seen = 0;
  while (obj && obj.$ref && seen++ < 20) {
    obj = obj.$ref.replace(/^#\//, '').split('/').reduce((o, k) => (o ? o[k.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined), spec);
  }
  return obj || {};
}

function typeOf(spec, schema) {
  const s = resolve(spec, schema);
  const name = schema && schema.$ref ? schema.$ref.split('/').pop() : '';
  let t = Array.isArray(s.type) ? s.type.join(' | ') : s.type || (s.allOf ? 'object' : s.oneOf || s.anyOf ? 'salah satu' : 'apa saja');
  if (s.type === 'array' || (Array.isArray(s.type) && s.type.includes('array'))) {
    t += ' of ' + typeOf(spec, s.items || {});
  }
  if (s.enum) t += ' (' + s.enum.map((v) => JSON.stringify(v)).join(', ') + ')';
  if (s.format) t += ' ' + s.format;
  return name ? name + ': ' + t : t;
}

// The fields of a schema as a nested list, to a few levels (deeper ones are in the JSON).
function fields(spec, schema, depth) {
  const s = resolve(spec, schema);
  const parts = s.allOf ? s.allOf.map((x) => resolve(spec, x)) : [s];
  const list = el('ul', { class: 'schema' });
  for (const part of parts) {
    const target = part.type === 'array' || (Array.isArray(part.type) && part.type.includes('array')) ? resolve(spec, part.items || {}) : part;
    const required = new Set(target.required || []);
    for (const [name, sub] of Object.entries(target.properties || {})) {
      const item = el('li', {}, el('code', {}, name), ' ', el('span', { class: 'type' }, typeOf(spec, sub)),
        required.has(name) ? el('span', { class: 'req' }, ' wajib') : null);
      const rs = resolve(spec, sub);
      if (rs.description) item.append(' — ' + rs.description);
      if (depth < 3) {
        const inner = fields(spec, sub, depth + 1);
        if (inner.childElementCount) item.append(inner);
      }
      list.append(item);
    }
  }
  return list;
}

function example(media) {
  if (!media) return null;
  const value = media.example !== undefined ? media.example
    : media.examples ? Object.values(media.examples)[0].value : undefined;
  if (value === undefined) return null;
  return el('details', {}, el('summary', {}, 'Contoh'), el('pre', {}, JSON.stringify(value, null, 2)));
}

function operation(spec, path, method, op, id) {
  const pub = Array.isArray(op.security) && op.security.length === 0;
  const box = el('section', { class: 'op', id },
    el('h3', {}, el('span', { class: 'method ' + method }, method.toUpperCase()), el('span', { class: 'path' }, path),
      pub ? el('span', { class: 'public' }, 'publik') : null));
  if (op.summary) box.append(el('p', {}, el('strong', {}, op.summary)));
  if (op.description && op.description !== op.summary) box.append(el('p', {}, op.description));
  const params = op.parameters || [];
  if (params.length) {
    const table = el('table', {}, el('tr', {}, el('th', {}, 'Parameter'), el('th', {}, 'Di'), el('th', {}, 'Jenis'), el('th', {}, 'Keterangan')));
    for (const p0 of params) {
      const p = resolve(spec, p0);
      table.append(el('tr', {}, el('td', {}, el('code', {}, p.name), p.required ? el('span', { class: 'req' }, ' wajib') : null),
        el('td', {}, p.in), el('td', { class: 'type' }, typeOf(spec, p.schema || {})), el('td', {}, p.description || '')));
    }
    box.append(el('h4', {}, 'Parameter'), table);
  }
  if (op.requestBody) {
    const body = resolve(spec, op.requestBody);
    box.append(el('h4', {}, 'Isi permintaan'));
    for (const [type, media] of Object.entries(body.content || {})) {
      box.append(el('div', {}, el('code', {}, type), ' ', el('span', { class: 'type' }, typeOf(spec, media.schema || {}))),
        fields(spec, media.schema || {}, 0), example(media));
    }
  }
  box.append(el('h4', {}, 'Jawaban'));
  for (const [status, r0] of Object.entries(op.responses || {})) {
    const r = resolve(spec, r0);
    const row = el('div', {}, el('strong', {}, status === 'default' ? 'galat lain' : status), ' ', r.description || '');
    box.append(row);
    for (const [type, media] of Object.entries(r.content || {})) {
      row.append(' ', el('code', {}, type));
      // The error envelope is the same everywhere: named, not spelled out under every status.
      if (media.schema && media.schema.$ref === '#/components/schemas/Galat') row.append(' ', el('span', { class: 'type' }, 'Galat'));
      else if (media.schema && type.includes('json')) box.append(fields(spec, media.schema, 0));
      box.append(example(media));
    }
  }
  return box;
}

async function main() {
  const main = document.getElementById('isi');
  const nav = document.getElementById('daftar');
  let spec;
  try {
    const res = await fetch('/api/v1/openapi.json');
    spec = await res.json();
  } catch (e) {
    main.textContent = 'Kontrak API tidak dapat dimuat: ' + e;
    return;
  }
  document.getElementById('judul').textContent = (spec.info.title || 'API') + ' ' + (spec.info.version || '');
  main.textContent = '';
  if (spec.info.description) main.append(el('p', {}, spec.info.description));
  const byTag = new Map();
  for (const t of spec.tags || []) byTag.set(t.name, { tag: t, ops: [] });
  let n = 0;
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of ['get', 'post', 'put', 'delete', 'patch']) {
      const op = item[method];
      if (!op) continue;
      const tag = (op.tags || ['lain'])[0];
      if (!byTag.has(tag)) byTag.set(tag, { tag: { name: tag }, ops: [] });
      byTag.get(tag).ops.push({ path, method, op, id: 'op-' + n++ });
    }
  }
  for (const { tag, ops } of byTag.values()) {
    if (!ops.length) continue;
    nav.append(el('h2', {}, tag.name));
    main.append(el('h2', { id: 'tag-' + tag.name }, tag.name));
    if (tag.description) main.append(el('p', {}, tag.description));
    for (const o of ops) {
      const link = el('a', { href: '#' + o.id }, o.method.toUpperCase() + ' ' + o.path);
      link.dataset.cari = (o.method + ' ' + o.path + ' ' + (o.op.summary || '')).toLowerCase();
      nav.append(link);
      main.append(operation(spec, o.path, o.method, o.op, o.id));
    }
  }
  document.getElementById('cari').addEventListener('input', (e) => {
    const q = e.target.value.toLowerCase();
    for (const a of nav.querySelectorAll('a')) a.style.display = a.dataset.cari.includes(q) ? '' : 'none';
  });
  if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
}

main();
