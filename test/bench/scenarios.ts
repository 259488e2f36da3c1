/**
 * Picks the date steps the step benchmark presses. Only steps that repaint at least one country
 * are useful: a step that changes nothing never sets data-ready to "false" in maplibre, and in
 * the SVG map it would time the slider alone. The plan is computed with the app's own model and
 * timeline code, from the built dataset, so it steps exactly as the slider does.
 */
import { readFileSync } from 'node:fs';
import { todayIso } from '../../src/lib/model/dates';
import { decodeDataset } from '../../src/lib/model/eventCodec';
import { mapClassAt } from '../../src/lib/model/mapClass';
import { militaryAt } from '../../src/lib/model/militaryAt';
import type { CompanyChoice, Dataset, IsoDate } from '../../src/lib/model/types';
import { TimelineController } from '../../src/lib/timeline/controller';

/**
 * Where the slider starts (STORY_START in src/lib/app/appState.svelte.ts, which only loads
 * through Svelte's compiler).
 */
const SLIDER_START = '2012-01-01';

export type StepKey = 'ArrowRight' | 'PageUp';

export interface DateStep {
	key: StepKey;
	from: IsoDate;
	to: IsoDate;
	/** Countries whose colour or military hatching differs between `from` and `to`. */
	repainted: number;
}

export const loadDataset = (buildDir: string): Dataset =>
	decodeDataset(JSON.parse(readFileSync(`${buildDir}/data/stances.json`, 'utf8')));

/** How many countries the map repaints between two dates (what the renderers' `paint` diffs). */
function repainted(dataset: Dataset, a: IsoDate, b: IsoDate, company: CompanyChoice): number {
	let n = 0;
	for (const c of dataset.countries) {
		const cls = mapClassAt(c, a, company) !== mapClassAt(c, b, company);
		const military = (militaryAt(c, a) === undefined) !== (militaryAt(c, b) === undefined);
		if (cls || military) n++;
	}
	return n;
}

/** Where the slider lands from `date` after one key press (TimelineController, as in the app). */
function press(date: IsoDate, key: StepKey): IsoDate {
	const timeline = new TimelineController({ min: SLIDER_START, max: todayIso(), date });
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
	for (let start = SLIDER_START; start < todayIso(); start = press(start, 'ArrowRight')) {
		const steps: DateStep[] = [];
		let date = start;
		let swaps = 0;
		while (steps.length < count) {
			const preferred = keys[steps.length % 2];
			const step = [preferred, keys[(steps.length + 1) % 2]]
				.map((key) => ({ key, from: date, to: press(date, key) }))
				.map((s) => ({ ...s, repainted: repainted(dataset, s.from, s.to, company) }))
				.find((s) => s.repainted > 0);
			if (!step) break;
			if (step.key !== preferred) swaps++;
			steps.push(step);
			date = step.to;
		}
		const total = steps.reduce((n, s) => n + s.repainted, 0);
		const better = !best || swaps < best.swaps || (swaps === best.swaps && total > best.total);
		if (steps.length === count && better) best = { start, steps, swaps, total };
	}
	if (!best) throw new Error(`No run of ${count} date steps that each repaint a country`);
	return { start: best.start, company, steps: best.steps };
}
