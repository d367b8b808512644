/** A date typed as DD/MM/YYYY (or YYYY-MM-DD) as YYYY-MM-DD, or '' when it is not a real date. */
export function parseDateInput(text: string): string {
  const s = text.trim()
  let y: number, m: number, d: number
  let match = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(s)
  if (match) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])]
  else if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s))) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])]
  else return ''
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return ''
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}
