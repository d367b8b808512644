import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { i18n } from '@/i18n'
import FormField from './FormField.vue'
import PagerBar from './PagerBar.vue'
import ProgressBar from './ProgressBar.vue'
import StatCard from './StatCard.vue'
import EmptyState from './EmptyState.vue'
import ErrorBox from './ErrorBox.vue'

const global = { plugins: [i18n] }

describe('FormField', () => {
  it('shows the server errors under the field and marks it invalid', () => {
    const w = mount(FormField, {
      global,
      props: { id: 'nik', label: 'NIK', required: true, hint: '16 digit', errors: ['NIK harus 16 digit', 'Kedua'] },
      slots: { default: `<template #default="{ invalid }"><input id="nik" :aria-invalid="invalid"></template>` },
    })
    expect(w.find('label').text()).toContain('NIK')
    expect(w.find('.wajib').exists()).toBe(true)
    expect(w.find('[data-testid="galat-nik"]').attributes('role')).toBe('alert')
    expect(w.findAll('.galat-kolom li').map((l) => l.text())).toEqual(['NIK harus 16 digit', 'Kedua'])
    expect(w.find('input').attributes('aria-invalid')).toBe('true')
  })
  it('shows nothing when there is no error', () => {
    const w = mount(FormField, { global, props: { id: 'nama', label: 'Nama' }, slots: { default: '<input id="nama">' } })
    expect(w.find('.galat-kolom').exists()).toBe(false)
  })
})

describe('PagerBar', () => {
  it('shows where we are with Indonesian numbers and pages on', async () => {
    const w = mount(PagerBar, { global, props: { page: 1, limit: 25, total: 17966 } })
    expect(w.find('[data-testid="pager-pos"]').text()).toBe('Halaman 1 dari 719')
    expect(w.text()).toContain('1–25 dari 17.966')
    expect(w.find('[data-testid="pager-prev"]').attributes('disabled')).toBeDefined()
    await w.find('[data-testid="pager-next"]').trigger('click')
    expect(w.emitted('page')).toEqual([[2]])
  })
  it('stops at the last page', () => {
    const w = mount(PagerBar, { global, props: { page: 3, limit: 10, total: 30 } })
    expect(w.find('[data-testid="pager-next"]').attributes('disabled')).toBeDefined()
    expect(w.text()).toContain('21–30 dari 30')
  })
})

describe('ProgressBar', () => {
  it('exposes its value to assistive technology', () => {
    const w = mount(ProgressBar, { global, props: { value: 44.53, label: 'Unggah' } })
    const bar = w.find('[role="progressbar"]')
    expect(bar.attributes('aria-valuenow')).toBe('45')
    expect(bar.attributes('aria-valuetext')).toBe('44,5%')
    expect(w.text()).toContain('44,5%')
  })
  it('is indeterminate without a value', () => {
    const w = mount(ProgressBar, { global, props: { label: 'Mengimpor' } })
    expect(w.find('[role="progressbar"]').attributes('aria-valuenow')).toBeUndefined()
    expect(w.find('.tak_tentu').exists()).toBe(true)
  })
  it('clamps to 0–100', () => {
    const w = mount(ProgressBar, { global, props: { value: 150, label: 'x' } })
    expect(w.find('[role="progressbar"]').attributes('aria-valuenow')).toBe('100')
  })
})

describe('StatCard, EmptyState, ErrorBox', () => {
  it('StatCard shows value and label', () => {
    const w = mount(StatCard, { global, props: { label: 'Pekerja terdata', value: '17.966', testid: 'stat' } })
    expect(w.find('[data-testid="stat"]').text()).toBe('17.966')
  })
  it('EmptyState is a status with its text', () => {
    const w = mount(EmptyState, { global, props: { title: 'Belum tersedia', text: 'Nanti' } })
    expect(w.attributes('role')).toBe('status')
    expect(w.text()).toContain('Belum tersedia')
  })
  it('ErrorBox offers a retry', async () => {
    const w = mount(ErrorBox, { global, props: { message: 'Gagal', retry: true } })
    expect(w.attributes('role')).toBe('alert')
    await w.find('button').trigger('click')
    expect(w.emitted('retry')).toHaveLength(1)
  })
})
