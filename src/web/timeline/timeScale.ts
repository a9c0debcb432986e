import { dayMs, isoDay } from '../dates.js';

/** A linear map between time (ms) and pixels, both ways. */
export interface TimeScale {
  x(ms: number): number;
  ms(x: number): number;
}

/**
 * The scale that puts `[t0, t1]` onto `[x0, x1]`.
 * @example timeScale([dayMs('2013-01-01'), dayMs('2014-01-01')], [0, 365]).x(dayMs('2013-01-13')) // 12
 */
export function timeScale([t0, t1]: [number, number], [x0, x1]: [number, number]): TimeScale {
  const k = (x1 - x0) / Math.max(1, t1 - t0);
  return { x: (ms) => x0 + (ms - t0) * k, ms: (x) => t0 + (x - x0) / k };
}

const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];
const MONTH_STEPS = [1, 2, 3, 6];

function monthTicks(t0: number, t1: number, step: number): { at: number; label: string }[] {
  const ticks: { at: number; label: string }[] = [];
  const first = isoDay(t0);
  let [year, month] = [Number(first.slice(0, 4)), Number(first.slice(5, 7))];
  for (let guard = 0; guard < 400; guard++) {
    const at = dayMs(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`);
    if (at > t1) break;
    if (at >= t0 && (month - 1) % step === 0) ticks.push({ at, label: month === 1 ? String(year) : isoDay(at).slice(0, 7) });
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return ticks;
}

function yearTicks(t0: number, t1: number, step: number): { at: number; label: string }[] {
  const ticks: { at: number; label: string }[] = [];
  for (let y = Math.ceil(new Date(t0).getUTCFullYear() / step) * step; ; y += step) {
    const at = dayMs(`${String(y).padStart(4, '0')}-01-01`);
    if (at > t1) return ticks;
    if (at >= t0) ticks.push({ at, label: String(y) });
  }
}

function dayTicks(t0: number, t1: number, most: number): { at: number; label: string }[] {
  const step = ([1, 2, 7, 14].find((s) => (t1 - t0) / (s * 86_400_000) <= most) ?? 14) * 86_400_000;
  const ticks: { at: number; label: string }[] = [];
  for (let at = dayMs(isoDay(t0)); at <= t1; at += step) if (at >= t0) ticks.push({ at, label: isoDay(at).slice(5) });
  return ticks;
}

/**
 * At most about `most` ticks on round dates: years (1, 2, 5, 10 … apart) over three years or more,
 * months (1, 2, 3, 6 apart) over two months or more, else days.
 * @example timeTicks(dayMs('2012-01-01'), dayMs('2013-02-01'), 6).map((t) => t.label) // ['2012', '2012-03', …, '2013']
 */
export function timeTicks(t0: number, t1: number, most: number): { at: number; label: string }[] {
  const months = (t1 - t0) / (30.44 * 86_400_000);
  const monthStep = MONTH_STEPS.find((s) => months / s <= most);
  if (months >= 36 || monthStep === undefined) return yearTicks(t0, t1, YEAR_STEPS.find((s) => months / 12 / s <= most) ?? 1000);
  if (months >= 2) return monthTicks(t0, t1, monthStep);
  return dayTicks(t0, t1, most);
}
