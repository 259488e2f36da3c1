import type { IsoDate } from './types';

/** How far the map moves between two frames of a time-lapse. */
export type TimelapseStep = 'month' | 'quarter' | 'year';
export const STEP_MONTHS: Record<TimelapseStep, number> = { month: 1, quarter: 3, year: 12 };

/** `months` after a date, on the same day of the month or the month's last (31 January → 29 February). */
function monthsAfter(date: IsoDate, months: number): IsoDate {
	const [y, m, d] = date.split('-').map(Number);
	const index = y * 12 + (m - 1) + months;
	const year = Math.floor(index / 12);
	const month = (index % 12) + 1;
	const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${year}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/** The dates a time-lapse shows: the start, every step after it, and the end as the last. */
export function timelapseDates(start: IsoDate, end: IsoDate, step: TimelapseStep): IsoDate[] {
	if (end < start) [start, end] = [end, start];
	const dates: IsoDate[] = [];
	for (let k = 0; ; k++) {
		// From the start each time, so 31 January steps to 29 February, then 31 March.
		const date = monthsAfter(start, k * STEP_MONTHS[step]);
		if (date >= end) break;
		dates.push(date);
	}
	dates.push(end);
	return dates;
}

export interface TimelapsePlan {
	dates: IsoDate[];
	/** Video frames per second: the video repeats each date's picture for its frames. */
	fps: number;
	/** Frames each date is on screen; the last date also holds for `holdFrames`. */
	framesPerStep: number;
	holdFrames: number;
	/** Every frame of the video, as the index of the date it shows. */
	frames: number[];
	seconds: number;
}

/**
 * The pace: the dates share about `seconds` minus the hold, one frame at least and a second
 * at most each, then the last date holds. The 181 dates from January 2012 to December 2026, a
 * month apart, give 18.1 s + 2 s.
 */
export function timelapsePlan(
	dates: IsoDate[],
	{ seconds = 20, holdSeconds = 2, fps = 10 } = {}
): TimelapsePlan {
	const share = ((seconds - holdSeconds) * fps) / dates.length;
	const framesPerStep = Math.min(fps, Math.max(1, Math.round(share)));
	const holdFrames = Math.round(holdSeconds * fps);
	const frames = dates.flatMap((_, i) => Array<number>(framesPerStep).fill(i));
	for (let h = 0; h < holdFrames; h++) frames.push(dates.length - 1);
	return { dates, fps, framesPerStep, holdFrames, frames, seconds: frames.length / fps };
}
