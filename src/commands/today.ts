// Today's date, for saved plans and check-ins: on its own so the coach's start loads nothing else for it.
/** Today as YYYY-MM-DD, in local time: the date a saved plan carries. */
export function today(now = new Date()): string {
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}
