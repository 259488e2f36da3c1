import { changesBetween, type StanceChange } from '$lib/model/changes';
import { countsAt } from '$lib/model/counts';
import { todayIso } from '$lib/model/dates';
import { militaryAt } from '$lib/model/militaryAt';
import { stanceAt } from '$lib/model/stanceAt';
import type { CountryRecord, Dataset, Stance } from '$lib/model/types';
import { defaultView, type ViewContext, type ViewState } from '$lib/state/viewState';
import { TimelineController } from '$lib/timeline/controller';

export interface CountryView {
	record: CountryRecord;
	stance: Stance;
	military: boolean;
}

/** The slider starts on 1 January of the first event's year, so the "before" state is visible. */
const startOfYear = (date: string) => `${date.slice(0, 4)}-01-01`;

/**
 * Everything the page shows, derived from the dataset and the reader's view. Components read it
 * and call its methods; none of them computes stances itself.
 */
export class AppState {
	readonly context: ViewContext;
	readonly timeline: TimelineController;
	readonly byId: ReadonlyMap<string, CountryRecord>;

	view = $state<ViewState>() as ViewState;
	playing = $state(false);
	hovered = $state<string | null>(null);
	/** The legend entry a reader points at: those countries stand out. */
	highlight = $state<Stance | null>(null);
	/** The date before the latest step, to say what changed. */
	previousDate = $state<string | null>(null);

	constructor(
		readonly dataset: Dataset,
		today = todayIso()
	) {
		this.byId = new Map(dataset.countries.map((c) => [c.id, c]));
		this.context = {
			min: startOfYear(dataset.first),
			max: today,
			countryIds: new Set(this.byId.keys())
		};
		this.view = defaultView(this.context);
		this.timeline = new TimelineController({ min: this.context.min, max: this.context.max });
		this.timeline.subscribe((s) => {
			if (s.date !== this.view.date) {
				this.previousDate = this.view.date;
				this.view.date = s.date;
			}
			this.playing = s.playing;
		});
	}

	/** Applies a whole view, e.g. read from the URL. */
	setView(view: ViewState) {
		this.view = { ...view };
		this.previousDate = null;
		this.timeline.set(view.date);
	}

	countries = $derived.by((): CountryView[] =>
		this.dataset.countries.map((record) => ({
			record,
			stance: stanceAt(record, this.view.date, this.view.company),
			military: militaryAt(record, this.view.date) !== undefined
		}))
	);

	counts = $derived.by(() => countsAt(this.dataset.countries, this.view.date, this.view.company));

	changes = $derived.by((): StanceChange[] =>
		this.previousDate === null
			? []
			: changesBetween(this.dataset.countries, this.previousDate, this.view.date, this.view.company)
	);

	selected = $derived.by(() =>
		this.view.country ? (this.byId.get(this.view.country) ?? null) : null
	);

	select(id: string | null) {
		this.view.country = id && this.byId.has(id) ? id : null;
	}
}
