import { utcYear } from 'd3-time';
import { parseIsoDate, toIso } from '../model/dates';
import type { IsoDate } from '../model/types';

export interface YearTick {
	year: number;
	/** 1 January of the year. */
	date: IsoDate;
	/** Whether it carries its number: as many as the width holds, on round years. */
	labelled: boolean;
}

/** Label steps, in years: every year, then every 2nd, 5th, 10th. */
const STEPS = [1, 2, 5, 10] as const;

/**
 * The year ticks of a time axis from `min` to `max` drawn `width` px wide: a tick on every
 * 1 January (d3-time's UTC years), a label on every n-th, with n the smallest step that keeps
 * labels `gap` px apart (a four-digit year at the axis's size takes about 30).
 */
export function yearAxis(min: IsoDate, max: IsoDate, width: number, gap = 40): YearTick[] {
	const start = parseIsoDate(min)!;
	const end = parseIsoDate(max)!;
	const years = utcYear.range(utcYear.ceil(start), new Date(end.getTime() + 1));
	const span = (end.getTime() - start.getTime()) / (365.2425 * 864e5);
	const perYear = span > 0 ? width / span : 0;
	const step = STEPS.find((n) => perYear * n >= gap) ?? STEPS.at(-1)!;
	const labelled = new Set(
		utcYear
			.every(step)!
			.range(start, new Date(end.getTime() + 1))
			.map(Number)
	);
	return years.map((d) => ({
		year: d.getUTCFullYear(),
		date: toIso(d),
		labelled: labelled.has(+d)
	}));
}
