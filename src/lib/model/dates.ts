import { utcDay, utcMonth, utcYear } from 'd3-time';
import { utcFormat, utcParse } from 'd3-time-format';
import type { IsoDate, Precision } from './types';

const parseIso = utcParse('%Y-%m-%d');
export const toIso: (d: Date) => IsoDate = utcFormat('%Y-%m-%d');

/** A real calendar date written YYYY-MM-DD (2019-02-30 is not), as a UTC Date. */
export function parseIsoDate(text: string): Date | null {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
	const date = parseIso(text);
	return date && toIso(date) === text ? date : null;
}

export function isIsoDate(text: string): boolean {
	return parseIsoDate(text) !== null;
}

export function todayIso(now: Date = new Date()): IsoDate {
	return toIso(utcDay.floor(now));
}

export function addMonths(date: IsoDate, months: number): IsoDate {
	return toIso(utcMonth.offset(parseIso(date)!, months));
}

export function addYears(date: IsoDate, years: number): IsoDate {
	return toIso(utcYear.offset(parseIso(date)!, years));
}

/** Whole months from `from` to `to`, counting calendar months only. */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
	return utcMonth.count(utcMonth.floor(parseIso(from)!), utcMonth.floor(parseIso(to)!));
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
	return formatters.get(key)!.format(parseIso(date)!);
}
