import { describe, expect, it } from 'vitest'
import { parseDateInput } from './logic'

describe('holiday dates as typed', () => {
  it('reads DD/MM/YYYY and YYYY-MM-DD', () => {
    expect(parseDateInput('10/03/2027')).toBe('2027-03-10')
    expect(parseDateInput(' 1/5/2027 ')).toBe('2027-05-01')
    expect(parseDateInput('2028-02-29')).toBe('2028-02-29')
  })
  it('refuses what is not a date', () => {
    expect(parseDateInput('29/02/2027')).toBe('')
    expect(parseDateInput('32/01/2027')).toBe('')
    expect(parseDateInput('besok')).toBe('')
  })
})
