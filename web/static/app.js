// The simple public page: coverage per kecamatan and kelurahan from the public aggregates
// (/api/v1/public/coverage), shown when the full web app is not built.
'use strict';

const angka = new Intl.NumberFormat('id-ID');

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
  children.forEach((c) => node.append(c instanceof Node ? c : document.createTextNode(String(c))));
  return node;
}

function persen(v) {
  return v === null || v === undefined ? '–' : v.toLocaleString('id-ID', { maximumFractionDigits: 1 }) + '%';
}

function ringkasan(kota) {
  const box = el('div', { class: 'kartu' },
    el('div', {}, el('b', {}, angka.format(kota.workers)), 'pekerja terdata'),
    el('div', {}, el('b', {}, angka.format(kota.verified)), 'terverifikasi'),
    el('div', {}, el('b', {}, angka.format(kota.covered)), 'terlindungi program'),
    el('div', {}, el('b', {}, persen(kota.coverage_pct)), 'cakupan dari ' + angka.format(kota.potential) + ' potensi'));
  const target = document.getElementById('ringkasan');
  target.replaceChildren(box);
}

function kecamatan(node) {
  const rows = node.children.map((kel) => el('tr', {},
    el('td', {}, kel.nama), el('td', { class: 'angka' }, angka.format(kel.workers)),
    el('td', { class: 'angka' }, angka.format(kel.verified)), el('td', { class: 'angka' }, angka.format(kel.covered))));
  const table = el('table', {},
    el('thead', {}, el('tr', {}, el('th', {}, 'Kelurahan'), el('th', { class: 'angka' }, 'Pekerja'),
      el('th', { class: 'angka' }, 'Terverifikasi'), el('th', { class: 'angka' }, 'Terlindungi'))),
    el('tbody', {}, ...rows));
  return el('details', { 'data-kode': node.kode },
    el('summary', {}, el('span', {}, node.nama + ' (' + node.children.length + ' kelurahan)'),
      el('span', {}, angka.format(node.workers) + ' pekerja')), table);
}

async function ambil(level) {
  const res = await fetch('/api/v1/public/coverage?level=' + level);
  const data = await res.json();
  if (!res.ok) throw new Error(data.error ? data.error.message : res.statusText);
  return data;
}

async function muat() {
  try {
    const [kec, kel] = await Promise.all([ambil('kecamatan'), ambil('kelurahan')]);
    document.getElementById('kota').textContent = kec.total.nama;
    ringkasan(kec.total);
    const nodes = kec.rows.map((k) => ({ ...k, children: kel.rows.filter((r) => r.kode.startsWith(k.kode + '.')) }));
    document.getElementById('wilayah').replaceChildren(...nodes.map(kecamatan));
  } catch (e) {
    document.getElementById('ringkasan').replaceChildren(el('p', { class: 'galat' }, 'Gagal memuat data: ' + e.message));
  }
}

muat();
