import { utcMonth, utcYear, type CountableTimeInterval } from 'd3-time';
import { parseIsoDate, toIso } from '../model/dates';
import type { IsoDate } from '../model/types';

export interface TimelineState {
	date: IsoDate;
	min: IsoDate;
	max: IsoDate;
	playing: boolean;
}

export interface Scheduler {
	every(ms: number, tick: () => void): () => void;
}

const realScheduler: Scheduler = {
	every(ms, tick) {
		const id = setInterval(tick, ms);
		return () => clearInterval(id);
	}
};

/** How play advances: a month at a time, or with reduced motion a calmer year at a time. */
export const PLAY_STEP = { normal: { months: 1, ms: 400 }, reduced: { months: 12, ms: 2000 } };

/**
 * The time slider without a DOM: the date, its bounds, stepping and play. Components render
 * its state and call its methods; it follows Svelte's store contract (`subscribe`).
 */
export class TimelineController {
	#state: TimelineState;
	#listeners = new Set<(s: TimelineState) => void>();
	#stopTimer: (() => void) | null = null;
	#scheduler: Scheduler;
	reducedMotion = false;

	constructor(init: { min: IsoDate; max: IsoDate; date?: IsoDate; scheduler?: Scheduler }) {
		this.#scheduler = init.scheduler ?? realScheduler;
		this.#state = { min: init.min, max: init.max, date: init.max, playing: false };
		if (init.date) this.set(init.date);
	}

	get state(): TimelineState {
		return this.#state;
	}

	subscribe(run: (s: TimelineState) => void): () => void {
		this.#listeners.add(run);
		run(this.#state);
		return () => this.#listeners.delete(run);
	}

	#update(patch: Partial<TimelineState>) {
		const next = { ...this.#state, ...patch };
		if (next.date === this.#state.date && next.playing === this.#state.playing) return;
		this.#state = next;
		for (const run of this.#listeners) run(next);
	}

	/** Moves to `date`, kept within the bounds. */
	set(date: IsoDate) {
		const { min, max } = this.#state;
		this.#update({ date: date < min ? min : date > max ? max : date });
	}

	/**
	 * Steps by whole intervals, landing on their first day: forward from 15 Sep lands on 1 Oct,
	 * back from 15 Sep on 1 Sep (the start of the interval the reader was in).
	 */
	#step(interval: CountableTimeInterval, n: number) {
		const date = parseIsoDate(this.#state.date)!;
		const start = interval.floor(date);
		const inside = start.getTime() !== date.getTime();
		const target = n < 0 && inside ? interval.offset(start, n + 1) : interval.offset(start, n);
		this.set(toIso(target));
	}

	stepMonths(n: number) {
		this.#step(utcMonth, n);
	}

	stepYears(n: number) {
		this.#step(utcYear, n);
	}

	toStart() {
		this.set(this.#state.min);
	}

	toEnd() {
		this.set(this.#state.max);
	}

	/** Plays forward from the current date, or from the start when already at the end. */
	play() {
		if (this.#state.playing) return;
		if (this.#state.date >= this.#state.max) this.set(this.#state.min);
		const step = this.reducedMotion ? PLAY_STEP.reduced : PLAY_STEP.normal;
		this.#stopTimer = this.#scheduler.every(step.ms, () => {
			this.stepMonths(step.months);
			if (this.#state.date >= this.#state.max) this.pause();
		});
		this.#update({ playing: true });
	}

	pause() {
		this.#stopTimer?.();
		this.#stopTimer = null;
		this.#update({ playing: false });
	}

	toggle() {
		if (this.#state.playing) this.pause();
		else this.play();
	}

	/** Month positions for a slider: index 0 is the month of `min`. */
	get monthCount(): number {
		return utcMonth.count(
			utcMonth.floor(parseIsoDate(this.#state.min)!),
			parseIsoDate(this.#state.max)!
		);
	}

	monthIndex(date: IsoDate = this.#state.date): number {
		return utcMonth.count(utcMonth.floor(parseIsoDate(this.#state.min)!), parseIsoDate(date)!);
	}

	/** The first day of the month at a slider position. */
	dateAt(index: number): IsoDate {
		return toIso(utcMonth.offset(utcMonth.floor(parseIsoDate(this.#state.min)!), index));
	}

	setMonthIndex(index: number) {
		this.set(this.dateAt(index));
	}
}
