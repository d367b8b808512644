import { describe, expect, it } from 'vitest'
import { completeNik, decodeNik, nikMismatches } from './nikCheck'

// The same cases as tests/unit/nik_test.cpp and worker_test.cpp (NikConsistency, NikWarnings).
describe('decodeNik', () => {
  it('reads region, day, month, year digits and sex (women +40)', () => {
    expect(decodeNik('1571015708850003')).toEqual({ day: 17, month: 8, yy: 85, sex: 'P', kodeWilayah: '15.71.01' })
    expect(decodeNik('1571 0117 0885 0003')).toEqual({ day: 17, month: 8, yy: 85, sex: 'L', kodeWilayah: '15.71.01' })
  })
  it('refuses what is not a NIK', () => {
    for (const bad of ['', '157101570885000', '15710157088500031', '157101570885000a', '1571013208850003', '1571017208850003',
      '1571011713850003', '1571011700850003', '1571011708850000', '1571013002850003']) expect(decodeNik(bad), bad).toBeNull()
  })
  it('29 February exists when it does in 19yy or 20yy', () => {
    expect(decodeNik('1571012902000003')?.day).toBe(29)
    expect(decodeNik('1571012902010003')).toBeNull()
  })
})

describe('nikMismatches', () => {
  it('says nothing when the record agrees, whatever the century', () => {
    expect(nikMismatches('1571015708850003', '1985-08-17', 'P')).toEqual([])
    expect(nikMismatches('1571015708850003', '1885-08-17', 'P')).toEqual([])
    expect(nikMismatches('1571015708850003', null, '')).toEqual([])
  })
  it('names the typed date and the NIK date in the typed century', () => {
    for (const d of ['1985-08-18', '1985-09-17', '1986-08-17']) {
      const out = nikMismatches('1571015708850003', d, 'P')
      expect(out).toHaveLength(1)
      expect(out[0].kolom).toBe('tanggal_lahir')
      expect(out[0].fromNik).toBe('17/08/1985')
    }
    expect(nikMismatches('1571011708990003', '2001-08-17', 'L')[0].fromNik).toBe('17/08/1999')
    // 29/02/1900 does not exist: the NIK's own reading stays
    expect(nikMismatches('1571012902000003', '1901-03-01', 'L')[0].fromNik).toBe('29/02/2000')
  })
  it('names a sex the NIK contradicts, and both at once', () => {
    expect(nikMismatches('1571015708850003', '1985-08-17', 'L')).toEqual([
      { kolom: 'jenis_kelamin', kode: 'nik_jenis_kelamin_beda', typed: 'L', fromNik: 'P' },
    ])
    const both = nikMismatches('1571011708850003', '1985-08-18', 'P')
    expect(both.map((m) => m.kode)).toEqual(['nik_tanggal_lahir_beda', 'nik_jenis_kelamin_beda'])
    expect(both[0]).toEqual({ kolom: 'tanggal_lahir', kode: 'nik_tanggal_lahir_beda', typed: '18/08/1985', fromNik: '17/08/1985' })
  })
  it('an incomplete or invalid NIK gives no warning', () => {
    expect(nikMismatches('15710157088', '1970-01-01', 'L')).toEqual([])
    expect(nikMismatches('1571013208850003', '1970-01-01', 'L')).toEqual([])
  })
})

describe('completeNik', () => {
  it('only a valid 16-digit NIK, spaces removed', () => {
    expect(completeNik('1571 0157 0885 0003')).toBe('1571015708850003')
    expect(completeNik('157101570885000')).toBeNull()
  })
})
