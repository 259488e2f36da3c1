/**
 * Picks the date steps and company switches the recolour benchmark performs. Only changes that
 * repaint at least one country are useful: a step that changes nothing never sets data-ready to
 * "false", so there would be nothing to time. The plan is computed with the app's own model and
 * timeline code, from the built dataset, so it steps exactly as the slider does.
 */
import { decodeDataset } from '../../src/lib/model/eventCodec';
import { readFileSync } from 'node:fs';
import { todayIso } from '../../src/lib/model/dates';
import { militaryAt } from '../../src/lib/model/militaryAt';
import { stanceAt } from '../../src/lib/model/stanceAt';
import type { CompanyChoice, Dataset, IsoDate } from '../../src/lib/model/types';
import { TimelineController } from '../../src/lib/timeline/controller';

export type StepKey = 'ArrowRight' | 'PageUp';

export interface DateStep {
	key: StepKey;
	from: IsoDate;
	to: IsoDate;
	/** Countries whose colour or military hatching differs between `from` and `to`. */
	repainted: number;
}

export interface CompanyStep {
	from: CompanyChoice;
	to: CompanyChoice;
	repainted: number;
}

export const loadDataset = (buildDir: string): Dataset =>
	decodeDataset(JSON.parse(readFileSync(`${buildDir}/data/stances.json`, 'utf8')));

/** How many countries the map repaints between two views (what MapView's `paint` diffs). */
function repainted(
	dataset: Dataset,
	a: { date: IsoDate; company: CompanyChoice },
	b: { date: IsoDate; company: CompanyChoice }
): number {
	let n = 0;
	for (const c of dataset.countries) {
		const stance = stanceAt(c, a.date, a.company) !== stanceAt(c, b.date, b.company);
		const military =
			(militaryAt(c, a.date) === undefined) !== (militaryAt(c, b.date) === undefined);
		if (stance || military) n++;
	}
	return n;
}

/** Where the slider lands from `date` after one key press (TimelineController, as in the app). */
function press(dataset: Dataset, date: IsoDate, key: StepKey): IsoDate {
	const timeline = new TimelineController({
		min: `${dataset.first.slice(0, 4)}-01-01`,
		max: todayIso(),
		date
	});
	if (key === 'ArrowRight') timeline.stepMonths(1);
	else timeline.stepYears(1);
	return timeline.state.date;
}

/**
 * `count` key presses from a start date, alternating ArrowRight (a month) and PageUp (a year),
 * each of which repaints something. A press that would change nothing is swapped for the other
 * key. Every start month is tried; the plan kept swaps least, then repaints the most countries.
 */
export function planDateSteps(dataset: Dataset, count: number, company: CompanyChoice) {
	const keys: StepKey[] = ['ArrowRight', 'PageUp'];
	let best: { start: IsoDate; steps: DateStep[]; swaps: number; total: number } | null = null;
	for (let start = `${dataset.first.slice(0, 7)}-01`; start < todayIso();) {
		const steps: DateStep[] = [];
		let date = start;
		let swaps = 0;
		while (steps.length < count) {
			const preferred = keys[steps.length % 2];
			const step = [preferred, keys[(steps.length + 1) % 2]]
				.map((key) => ({ key, from: date, to: press(dataset, date, key) }))
				.map((s) => ({
					...s,
					repainted: repainted(dataset, { date: s.from, company }, { date: s.to, company })
				}))
				.find((s) => s.repainted > 0);
			if (!step) break;
			if (step.key !== preferred) swaps++;
			steps.push(step);
			date = step.to;
		}
		const total = steps.reduce((n, s) => n + s.repainted, 0);
		const better = !best || swaps < best.swaps || (swaps === best.swaps && total > best.total);
		if (steps.length === count && better) best = { start, steps, swaps, total };
		start = press(dataset, start, 'ArrowRight');
	}
	if (!best) throw new Error(`No run of ${count} date steps that each repaint a country`);
	return { start: best.start, company, steps: best.steps };
}

/**
 * `count` company switches cycling Huawei → ZTE → either → Huawei at one date, chosen where every
 * switch of the cycle repaints the most countries (the weakest link of the cycle is maximised).
 */
export function planCompanySteps(dataset: Dataset, count: number) {
	const cycle: CompanyChoice[] = ['huawei', 'zte', 'any'];
	let best: { date: IsoDate; weakest: number } | null = null;
	for (let date = `${dataset.first.slice(0, 7)}-01`; date < todayIso();) {
		const weakest = Math.min(
			...cycle.map((from, i) =>
				repainted(dataset, { date, company: from }, { date, company: cycle[(i + 1) % 3] })
			)
		);
		if (!best || weakest > best.weakest) best = { date, weakest };
		date = press(dataset, date, 'ArrowRight');
	}
	if (!best || best.weakest === 0) throw new Error('No date where every company switch repaints');
	const date = best.date;
	const steps: CompanyStep[] = [];
	for (let i = 0; i < count; i++) {
		const from = cycle[i % 3];
		const to = cycle[(i + 1) % 3];
		steps.push({
			from,
			to,
			repainted: repainted(dataset, { date, company: from }, { date, company: to })
		});
	}
	return { date, steps };
}
