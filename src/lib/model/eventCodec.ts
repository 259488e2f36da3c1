import { STANCES, type CountryRecord, type Dataset, type StanceEvent } from './types';

/**
 * A country's events as one short string, so the first HTML carries every timeline in a few
 * bytes per event (ten times the events adds about 6 KiB gzip, where plain JSON adds 16). Each
 * event is: the days since the previous one (the first: since 2000-01-01) in base 36; one capital
 * for company and stance (A–R); `.` when month-precise, `:` when year-precise; `?` when uncertain.
 * "2f1L." is 1 July 2020 plus… a month-precise Huawei row.
 */
const EPOCH = Date.UTC(2000, 0, 1);
const DAY = 86_400_000;
const COMPANIES = ['huawei', 'zte', 'both'] as const;
const LETTERS = 'ABCDEFGHIJKLMNOPQR';
const PRECISION_MARKS = { day: '', month: '.', year: ':' } as const;
const EVENT = /([0-9a-z]+)([A-R])([.:]?)(\??)/g;

const iso = (days: number) => new Date(EPOCH + days * DAY).toISOString().slice(0, 10);
const days = (date: string) => Math.round((Date.parse(date) - EPOCH) / DAY);

export function encodeEvents(events: readonly StanceEvent[]): string {
	let previous = 0;
	return events
		.map((e) => {
			const day = days(e.date);
			const delta = (day - previous).toString(36);
			previous = day;
			const letter =
				LETTERS[COMPANIES.indexOf(e.company) * STANCES.length + STANCES.indexOf(e.stance)];
			return delta + letter + PRECISION_MARKS[e.precision] + (e.uncertain ? '?' : '');
		})
		.join('');
}

export function decodeEvents(text: string): StanceEvent[] {
	const events: StanceEvent[] = [];
	let day = 0;
	for (const [, delta, letter, mark, uncertain] of text.matchAll(EVENT)) {
		day += parseInt(delta, 36);
		const code = LETTERS.indexOf(letter);
		events.push({
			date: iso(day),
			company: COMPANIES[Math.floor(code / STANCES.length)],
			stance: STANCES[code % STANCES.length],
			precision: mark === '.' ? 'month' : mark === ':' ? 'year' : 'day',
			uncertain: uncertain === '?'
		});
	}
	return events;
}

/** The dataset as stances.json stores it: each country's events encoded. */
export type WireDataset = Omit<Dataset, 'countries'> & {
	countries: (Omit<CountryRecord, 'events'> & { events: string })[];
};

export const encodeDataset = (dataset: Dataset): WireDataset => ({
	...dataset,
	countries: dataset.countries.map((c) => ({ ...c, events: encodeEvents(c.events) }))
});

export const decodeDataset = (wire: WireDataset): Dataset => ({
	...wire,
	countries: wire.countries.map((c) => ({ ...c, events: decodeEvents(c.events) }))
});
