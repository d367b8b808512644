import { describe, expect, it } from 'vitest'
import { itemsThatFit } from './navFit'

describe('itemsThatFit', () => {
  it('keeps every item when the whole row fits, without the More button', () => {
    expect(itemsThatFit([100, 100, 100], 80, 4, 308)).toBe(3)
  })
  it('keeps, in order, the items that fit beside the More button', () => {
    // 80 (More) + 4 + 100 + 4 + 100 = 288 <= 300; one more would need 392
    expect(itemsThatFit([100, 100, 100, 100], 80, 4, 300)).toBe(2)
  })
  it('stops at the first item that does not fit, so the order stays the menu order', () => {
    expect(itemsThatFit([50, 300, 20], 60, 0, 200)).toBe(1)
  })
  it('puts everything under More when not even one item fits beside it', () => {
    expect(itemsThatFit([200, 200], 80, 4, 150)).toBe(0)
  })
})
