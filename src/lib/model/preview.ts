import { countsAt } from './counts';
import type { Dataset, IsoDate } from './types';

/** The first year with a social preview: the year of the US House report. */
export const FIRST_PREVIEW_YEAR = 2012;

/** The date a year's preview shows: its last day, or the data's last update in that year. */
export const previewDate = (year: number, updated: IsoDate): IsoDate =>
	`${year}-12-31` < updated ? `${year}-12-31` : updated;

/** The preview image's text alternative: what the picture says, in words. */
export function previewAlt(dataset: Dataset, date: IsoDate, formatted: string): string {
	const c = countsAt(dataset.countries, date, 'huawei');
	return `World map of government stances toward Huawei on ${formatted}: ${c.banned} banned, ${c.restricted} restricted, ${c.pressured} under US pressure, ${c.briefed} briefed by US officials, ${c.allowed} explicitly allowed.`;
}

/** The year whose preview a date falls under, kept within the years that have one. */
export const previewYear = (date: IsoDate, updated: IsoDate): number =>
	Math.min(Math.max(Number(date.slice(0, 4)), FIRST_PREVIEW_YEAR), Number(updated.slice(0, 4)));

/** The years that have a preview, from the first to the data's last update. */
export function previewYears(updated: IsoDate): number[] {
	const years: number[] = [];
	for (let y = FIRST_PREVIEW_YEAR; y <= Number(updated.slice(0, 4)); y++) years.push(y);
	return years;
}
