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

const formats: Record<Precision, (d: Date) => string> = {
	day: utcFormat('%-d %B %Y'),
	month: utcFormat('%B %Y'),
	year: utcFormat('%Y')
};

/** A date as readers should see it: no more exact than the source is. */
export function formatDate(date: IsoDate, precision: Precision = 'day'): string {
	return formats[precision](parseIso(date)!);
}

export const formatMonth = (date: IsoDate): string => formats.month(parseIso(date)!);
