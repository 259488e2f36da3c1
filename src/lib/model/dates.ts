import { utcDay, utcMonth, utcYear } from 'd3-time';
import type { IsoDate, Precision } from './types';

/*
 * ISO dates are read and written by the platform (Date.UTC, toISOString) rather than by
 * d3-time-format: its locale machinery was 3.3 kB gzip of the code an embed loads to answer its
 * first use (issue 21), for one fixed pattern. Years are four digits: toISOString writes 0000
 * to 9999 that way, and the regular expression reads nothing else.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A Date's UTC calendar day, written YYYY-MM-DD. */
export const toIso = (date: Date): IsoDate => date.toISOString().slice(0, 10);

/** YYYY-MM-DD as a UTC Date; a day past its month's end rolls over (caught by parseIsoDate). */
function parseIso(text: string): Date {
	const [, year, month, day] = ISO_DATE.exec(text) ?? [];
	const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
	// Date.UTC reads years 0 to 99 as 1900 to 1999.
	date.setUTCFullYear(Number(year));
	return date;
}

/** A real calendar date written YYYY-MM-DD (2019-02-30 is not), as a UTC Date. */
export function parseIsoDate(text: string): Date | null {
	if (!ISO_DATE.test(text)) return null;
	const date = parseIso(text);
	return toIso(date) === text ? date : null;
}

export function isIsoDate(text: string): boolean {
	return parseIsoDate(text) !== null;
}

/** Today's UTC day: toIso writes a Date's UTC day whatever its time. */
export function todayIso(now: Date = new Date()): IsoDate {
	return toIso(now);
}

/**
 * `date` moved by `count` months or years, kept inside the month it lands in: a month after
 * 31 January is the last day of February, not early March (d3-time's offset rolls over).
 */
function offsetInMonth(interval: typeof utcMonth, date: IsoDate, count: number): IsoDate {
	const from = parseIso(date);
	const moved = interval.offset(from, count);
	const rolledOver = moved.getUTCDate() !== from.getUTCDate();
	return toIso(rolledOver ? utcDay.offset(utcMonth.floor(moved), -1) : moved);
}

export const addMonths = (date: IsoDate, months: number): IsoDate =>
	offsetInMonth(utcMonth, date, months);

export const addYears = (date: IsoDate, years: number): IsoDate =>
	offsetInMonth(utcYear, date, years);

/** Whole months from `from` to `to`, counting calendar months only. */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
	return utcMonth.count(utcMonth.floor(parseIso(from)), utcMonth.floor(parseIso(to)));
}

const PARTS: Record<Precision, Intl.DateTimeFormatOptions> = {
	day: { day: 'numeric', month: 'long', year: 'numeric' },
	month: { month: 'long', year: 'numeric' },
	year: { year: 'numeric' }
};
/** English reads day-month-year ("1 August 2020"), as British and international news do. */
const TAGS: Record<string, string> = { en: 'en-GB' };
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A date as readers should see it, in their language: no more exact than the source is, so a
 * month-precise date never shows a day. The platform (Intl) knows each language's order.
 */
export function formatDate(date: IsoDate, precision: Precision = 'day', locale = 'en'): string {
	const key = `${locale}:${precision}`;
	if (!formatters.has(key))
		formatters.set(
			key,
			new Intl.DateTimeFormat(TAGS[locale] ?? locale, { ...PARTS[precision], timeZone: 'UTC' })
		);
	return formatters.get(key)!.format(parseIso(date));
}
