import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { mount } from '@vue/test-utils'
import { i18n } from '@/i18n'
import { ApiError } from '@/api/client'
import SaveOutcome from '@/components/SaveOutcome.vue'
import { useSaveOutcome } from './saveOutcome'

const t = (k: string, named?: Record<string, unknown>) => i18n.global.t(k, named ?? {})

describe('useSaveOutcome', () => {
  it('keeps one outcome, under the action that caused it, and clears it for the next action', async () => {
    const saves = useSaveOutcome<'budget' | 'funder'>(t)
    expect(saves.at('budget')).toBeNull()
    const r = await saves.run('budget', async () => 7, (n) => `Pagu ${n} tersimpan`)
    expect(r).toBe(7)
    expect(saves.at('budget')).toEqual({ kind: 'ok', message: 'Pagu 7 tersimpan' })
    expect(saves.at('funder')).toBeNull()
    saves.fail('funder', new ApiError(422, 'validasi', 'Kode sudah dipakai', 'kode'))
    expect(saves.at('budget')).toBeNull()
    expect(saves.at('funder')).toEqual({ kind: 'error', message: 'Kode sudah dipakai', details: [] })
    saves.clear()
    expect(saves.at('funder')).toBeNull()
  })

  it('tells no connection, timeout and a refusal apart, and is not busy afterwards', async () => {
    const saves = useSaveOutcome<'save'>(t)
    let during = ''
    const offline = await saves.run('save', async () => { during = saves.busy.value; throw new ApiError(0, 'jaringan', 'x') }, 'ok')
    expect(offline).toBeUndefined()
    expect(during).toBe('save')
    expect(saves.busy.value).toBe('')
    expect(saves.at('save')).toEqual({ kind: 'offline', message: 'Tidak tersambung ke server. Data belum tersimpan; coba lagi saat ada sinyal.' })
    await saves.run('save', async () => { throw new ApiError(0, 'waktu_habis', 'x') }, 'ok')
    expect(saves.at('save')?.kind).toBe('offline')
    expect(saves.at('save')?.message).toContain('mungkin belum tersimpan')
    await saves.run('save', async () => {
      throw new ApiError(422, 'validasi', 'Dua kesalahan', '', [
        { field: 'pagu', code: 'a', message: 'Pagu harus lebih dari 0' },
        { field: 'kuota', code: 'b', message: 'Kuota tidak boleh negatif' },
      ])
    }, 'ok')
    expect(saves.at('save')).toEqual({ kind: 'error', message: 'Dua kesalahan', details: ['Pagu harus lebih dari 0', 'Kuota tidak boleh negatif'] })
  })

  it('drives SaveOutcome: the message appears beside the one button it belongs to', async () => {
    const View = defineComponent({
      setup() {
        const saves = useSaveOutcome<'a' | 'b'>(t)
        return () => h('div', [
          h('button', { 'data-testid': 'a', onClick: () => saves.run('a', async () => { throw new ApiError(0, 'jaringan', 'x') }, 'ok') }),
          h(SaveOutcome, { outcome: saves.at('a'), testid: 'hasil-a' }),
          h('button', { 'data-testid': 'b', onClick: () => saves.run('b', async () => 1, 'Tersimpan B') }),
          h(SaveOutcome, { outcome: saves.at('b'), testid: 'hasil-b' }),
        ])
      },
    })
    const w = mount(View, { global: { plugins: [i18n] } })
    await w.find('[data-testid="a"]').trigger('click')
    await new Promise((r) => setTimeout(r))
    expect(w.find('[data-testid="hasil-a"]').attributes('data-kind')).toBe('offline')
    expect(w.find('[data-testid="hasil-a"]').attributes('role')).toBe('alert')
    expect(w.find('[data-testid="hasil-b"]').exists()).toBe(false)
    await w.find('[data-testid="b"]').trigger('click')
    await new Promise((r) => setTimeout(r))
    expect(w.find('[data-testid="hasil-a"]').exists()).toBe(false)
    expect(w.find('[data-testid="hasil-b"]').text()).toBe('Tersimpan B')
    expect(w.find('[data-testid="hasil-b"]').attributes('role')).toBe('status')
  })
})
