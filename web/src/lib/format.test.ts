import { afterEach, describe, expect, it } from 'vitest'
import { nextTick, ref, watchEffect } from 'vue'
import {
  formatDate, formatDateInput, formatDateTime, formatLocale, formatMonthName, formatNumber, formatPercent, formatRupiah, maskDateInput,
  parseDate, parseRupiah, setFormatLocale,
} from './format'

describe('formatRupiah', () => {
  it('writes Rupiah with dots and no space', () => {
    expect(formatRupiah(4032000)).toBe('Rp4.032.000')
    expect(formatRupiah(16800)).toBe('Rp16.800')
    expect(formatRupiah(201600)).toBe('Rp201.600')
    expect(formatRupiah(100000000)).toBe('Rp100.000.000')
    expect(formatRupiah(999)).toBe('Rp999')
    expect(formatRupiah(0)).toBe('Rp0')
  })
  it('handles negatives and missing values', () => {
    expect(formatRupiah(-1500)).toBe('-Rp1.500')
    expect(formatRupiah(null)).toBe('–')
    expect(formatRupiah(undefined)).toBe('–')
    expect(formatRupiah(Number.NaN)).toBe('–')
  })
  it('rounds to whole Rupiah', () => {
    expect(formatRupiah(1234.6)).toBe('Rp1.235')
  })
})

describe('formatNumber', () => {
  it('groups thousands with dots', () => {
    expect(formatNumber(228000)).toBe('228.000')
    expect(formatNumber(1650)).toBe('1.650')
    expect(formatNumber(84000000)).toBe('84.000.000')
    expect(formatNumber(12)).toBe('12')
  })
  it('uses a comma for decimals', () => {
    expect(formatNumber(1234.56, 2)).toBe('1.234,56')
    expect(formatNumber(-0.04, 1)).toBe('0,0')
  })
})

describe('formatPercent', () => {
  it('uses a comma decimal and a percent sign', () => {
    expect(formatPercent(44.53)).toBe('44,5%')
    expect(formatPercent(100)).toBe('100,0%')
    expect(formatPercent(0)).toBe('0,0%')
    expect(formatPercent(7.25, 2)).toBe('7,25%')
    expect(formatPercent(null)).toBe('–')
  })
})

describe('formatDate', () => {
  it('writes dd/mm/yyyy', () => {
    expect(formatDate('2025-05-22')).toBe('22/05/2025')
    expect(formatDate('1980-01-05T10:00:00Z')).toBe('05/01/1980')
    expect(formatDate(new Date(2025, 4, 22))).toBe('22/05/2025')
  })
  it('shows a dash for nothing and leaves unknown text alone', () => {
    expect(formatDate(null)).toBe('–')
    expect(formatDate('')).toBe('–')
    expect(formatDate('kemarin')).toBe('kemarin')
  })
  it('never shifts a date by the time zone', () => {
    expect(formatDate('2025-01-01')).toBe('01/01/2025')
    expect(formatDate('2024-12-31')).toBe('31/12/2024')
  })
})

describe('formatDateTime', () => {
  it('writes the date and the time with a dot', () => {
    // The server's UTC, shown in WIB (UTC+7) whatever the browser's zone, across midnight too.
    expect(formatDateTime('2025-05-22T03:04:00Z')).toBe('22/05/2025 10.04 WIB')
    expect(formatDateTime('2025-05-22 20:30:00')).toBe('23/05/2025 03.30 WIB')
    expect(formatDateTime('2025-12-31T17:00:00.123Z')).toBe('01/01/2026 00.00 WIB')
    expect(formatDateTime('2025-05-22T10:04:00+07:00')).toBe('22/05/2025 10.04 WIB')
    expect(formatDateTime(null)).toBe('–')
  })
})

describe('formatMonthName', () => {
  it('names the month as people say it', () => {
    expect(formatMonthName('2026-12')).toBe('Desember 2026')
    expect(formatMonthName('2027-01-01')).toBe('Januari 2027')
    expect(formatMonthName('2026-02', 'en')).toBe('February 2026')
    expect(formatMonthName('2026-13')).toBe('2026-13')
    expect(formatMonthName(null)).toBe('–')
  })
})

describe('parseRupiah', () => {
  it('reads what people type', () => {
    expect(parseRupiah('1.500.000')).toBe(1500000)
    expect(parseRupiah('Rp 1.500.000,-')).toBe(1500000)
    expect(parseRupiah('Rp1.500.000')).toBe(1500000)
    expect(parseRupiah('1500000')).toBe(1500000)
    expect(parseRupiah('1.500.000,00')).toBe(1500000)
  })
  it('refuses what is not an amount', () => {
    expect(parseRupiah('')).toBeNull()
    expect(parseRupiah('satu juta')).toBeNull()
    expect(parseRupiah('1.5')).toBeNull()
    expect(parseRupiah('-100')).toBeNull()
  })
})

describe('parseDate', () => {
  it('reads DD/MM/YYYY and ISO', () => {
    expect(parseDate('22/05/2025')).toBe('2025-05-22')
    expect(parseDate('5/1/1980')).toBe('1980-01-05')
    expect(parseDate('2025-05-22')).toBe('2025-05-22')
  })
  it('refuses impossible dates', () => {
    expect(parseDate('31/02/2025')).toBeNull()
    expect(parseDate('29/02/2023')).toBeNull()
    expect(parseDate('29/02/2024')).toBe('2024-02-29')
    expect(parseDate('2025/05/22')).toBeNull()
    expect(parseDate('')).toBeNull()
  })
})

describe('maskDateInput', () => {
  it('inserts the slashes while typing', () => {
    expect(maskDateInput('2')).toBe('2')
    expect(maskDateInput('2205')).toBe('22/05')
    expect(maskDateInput('22052025')).toBe('22/05/2025')
    expect(maskDateInput('22/05/2025')).toBe('22/05/2025')
    expect(maskDateInput('220520251')).toBe('22/05/2025')
  })
})

describe('English mode (the language switch)', () => {
  afterEach(() => setFormatLocale('id'))

  it('groups with commas and writes decimals with a point', () => {
    setFormatLocale('en')
    expect(formatRupiah(4032000)).toBe('Rp4,032,000')
    expect(formatRupiah(-1500)).toBe('-Rp1,500')
    expect(formatRupiah(999)).toBe('Rp999')
    expect(formatNumber(228000)).toBe('228,000')
    expect(formatNumber(1234.56, 2)).toBe('1,234.56')
    expect(formatPercent(44.53)).toBe('44.5%')
    expect(formatPercent(null)).toBe('–')
  })

  it('writes the month out, so that a day cannot be read as a month', () => {
    setFormatLocale('en')
    expect(formatDate('2025-05-22')).toBe('22 May 2025')
    expect(formatDate('2025-06-05')).toBe('5 Jun 2025')
    expect(formatDate(new Date(2024, 11, 31))).toBe('31 Dec 2024')
    expect(formatDate('2025-13-01')).toBe('2025-13-01')
    expect(formatDateTime('2025-05-22T03:04:00Z')).toBe('22 May 2025 10:04 WIB')
    expect(formatDateTime('2025-12-31T17:00:00.123Z')).toBe('1 Jan 2026 00:00 WIB')
    expect(formatMonthName('2026-12')).toBe('December 2026')
  })

  it('keeps what a date field shows as DD/MM/YYYY in both languages', () => {
    setFormatLocale('en')
    expect(formatDateInput('2025-05-22')).toBe('22/05/2025')
    expect(formatDateInput(null)).toBe('')
    expect(parseDate(formatDateInput('2025-05-22'))).toBe('2025-05-22')
  })

  it('reads back the amounts it writes, in either language', () => {
    for (const locale of ['id', 'en']) {
      setFormatLocale(locale)
      expect(parseRupiah(formatNumber(1500000))).toBe(1500000)
      expect(parseRupiah(formatRupiah(4032000))).toBe(4032000)
    }
    expect(parseRupiah('1,500,000')).toBe(1500000)
    expect(parseRupiah('Rp 1,500,000.00')).toBe(1500000)
    expect(parseRupiah('1,5')).toBeNull()
  })

  it('leaves Indonesian exactly as it was, and an explicit language wins over the switch', () => {
    setFormatLocale('en')
    expect(formatRupiah(4032000, 'id')).toBe('Rp4.032.000')
    expect(formatDate('2025-05-22', 'id')).toBe('22/05/2025')
    setFormatLocale('id')
    expect(formatLocale()).toBe('id')
    expect(formatRupiah(4032000)).toBe('Rp4.032.000')
    expect(formatDateTime('2025-05-22T03:04:00Z')).toBe('22/05/2025 10.04 WIB')
    expect(formatMonthName('2026-12')).toBe('Desember 2026')
  })

  it('draws a template again when the language changes (the switch is reactive)', async () => {
    const shown = ref('')
    const stop = watchEffect(() => { shown.value = formatRupiah(4032000) })
    expect(shown.value).toBe('Rp4.032.000')
    setFormatLocale('en')
    await nextTick()
    expect(shown.value).toBe('Rp4,032,000')
    stop()
  })
})
