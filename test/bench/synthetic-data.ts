/**
 * A dataset with N times the events, built the way `npm run data` builds the real one: every row
 * of data/events.csv is kept, plus N − 1 copies of it with jittered dates, and the pure `build()`
 * of src/build/build-data.ts turns the files into stances.json. The copies keep their country,
 * company, stance and precision (so the compact timelines keep the real mix of precision marks)
 * and stay valid rows: on or after 2000-01-01, not in the future, month- and year-precise dates
 * on the 1st and on 1 January, no two rows of a country on one date, and ids of their own
 * (the build refuses both), numbered from COPY_IDS_FROM within the country. Seeded, so every run
 * builds the same data.
 */
import { readFileSync } from 'node:fs';
import { csvFormat, csvParse } from 'd3-dsv';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { build, readInputs, EVENT_COLUMNS } from '../../src/build/build-data';
import { parseIsoDate, todayIso, toIso } from '../../src/lib/model/dates';

const FIRST = parseIsoDate('2000-01-01')!;
/** Copies move up to this far either way from the real date. */
const JITTER_DAYS = 365;
/** After this many taken dates, a copy falls back to day precision (any day will do). */
const ATTEMPTS = 20;
/** Copies are numbered from here within their country (GBR-500…): the real rows stay far below. */
const COPY_IDS_FROM = 500;

/** mulberry32: a small seeded generator in [0, 1). */
function random(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function jitter(date: string, precision: string, next: () => number): string {
	const today = parseIsoDate(todayIso())!;
	const shift = Math.round((next() * 2 - 1) * JITTER_DAYS);
	const moved = utcDay.offset(parseIsoDate(date)!, shift);
	const clamped = moved < FIRST ? FIRST : moved > today ? today : moved;
	const snap = precision === 'year' ? utcYear : precision === 'month' ? utcMonth : utcDay;
	return toIso(snap.floor(clamped));
}

/** data/events.csv with `times` × its rows. */
function multiplied(times: number): { csv: string; events: number } {
	const rows = csvParse(readFileSync('data/events.csv', 'utf8'));
	const taken = new Set(rows.map((r) => `${r.country} ${r.date}`));
	const next = random(times);
	const numbered = new Map<string, number>();
	const copyId = (country: string) => {
		const n = numbered.get(country) ?? COPY_IDS_FROM;
		numbered.set(country, n + 1);
		return `${country}-${n}`;
	};
	const copies = rows.flatMap((row) =>
		Array.from({ length: times - 1 }, () => {
			for (let attempt = 0; ; attempt++) {
				const precision = attempt < ATTEMPTS ? row.precision : 'day';
				const date = jitter(row.date, precision, next);
				const key = `${row.country} ${date}`;
				if (taken.has(key)) continue;
				taken.add(key);
				return { ...row, id: copyId(row.country), date, precision };
			}
		})
	);
	const all: Record<string, string>[] = [...rows, ...copies];
	return { csv: csvFormat(all, [...EVENT_COLUMNS]) + '\n', events: all.length };
}

/** stances.json (as `npm run data` writes it) for `times` × the events of data/. */
export function syntheticStances(times: number): { stances: string; events: number } {
	const { csv, events } = multiplied(times);
	const result = build({ ...readInputs(), events: ['data/events.csv', csv] });
	if (result.problems.length) {
		throw new Error(`${times}× events do not build: ${result.problems.slice(0, 3).join('; ')}`);
	}
	return { stances: result.outputs['stances.json'] + '\n', events };
}
