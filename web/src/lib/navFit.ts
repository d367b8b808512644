// How many menu items stay in the bar (issue 17 item 5): all of them when the whole row fits,
// otherwise as many as fit beside the "Lainnya" button, in order; the rest go under it.
export function itemsThatFit(widths: number[], moreWidth: number, gap: number, room: number): number {
  const all = widths.reduce((sum, w, i) => sum + w + (i ? gap : 0), 0)
  if (all <= room) return widths.length
  let used = moreWidth
  let n = 0
  for (const w of widths) {
    if (used + gap + w > room) break
    used += gap + w
    n++
  }
  return n
}
