import { changesBetween, type StanceChange } from '$lib/model/changes';
import { tally } from '$lib/model/counts';
import { todayIso } from '$lib/model/dates';
import { militaryAt } from '$lib/model/militaryAt';
import { mapClassAt } from '$lib/model/mapClass';
import { uncertainAt } from '$lib/model/uncertainAt';
import type { compareMatrix } from '$lib/model/compareMatrix';
import type { Transition } from '$lib/model/transition';
import { ourWords, type TranslatedField, type Translations } from '$lib/model/translations';
import { currentLocale } from '$lib/i18n/locale.svelte';
import type {
	CountryDetails,
	CountryRecord,
	Dataset,
	IsoDate,
	MapClass,
	MilestoneDetail,
	PaintClass
} from '$lib/model/types';

/** Where the words behind the map come from (the network on the page, fixtures in tests). */
export interface DetailSources {
	country(id: string): Promise<CountryDetails>;
	milestones(): Promise<MilestoneDetail[]>;
	/** Our own words in a language (milestone titles, US-forces notes); none: English only. */
	translations?(lang: string): Promise<Translations>;
}
const NO_SOURCES: DetailSources = {
	country: () => Promise.reject(new Error('no details source')),
	milestones: () => Promise.reject(new Error('no details source'))
};
import { defaultView, type ViewContext, type ViewState } from '$lib/state/viewState';
import { TimelineController } from '$lib/timeline/controller';

export interface CountryView {
	record: CountryRecord;
	/** How the map draws it: a stance, or home / unreviewed. */
	cls: MapClass;
	military: boolean;
	/** The stance shown rests on a row marked uncertain. */
	uncertain: boolean;
	/** What the map paints: `cls`, or in the compare view how the country moved. */
	paint: PaintClass;
	/** In the compare view, its class at each date and its move. */
	move: Transition | null;
}

/** A cell of the compare view's matrix: the countries that went from one class to another. */
export interface CompareCell {
	from: MapClass;
	to: MapClass;
}

/**
 * The slider starts where the story does, on 1 January 2012 (the year of the US House report):
 * the few earlier rows only set where a country stood when it began.
 */
export const STORY_START = '2012-01-01';

/**
 * Everything the page shows, derived from the dataset and the reader's view. Components read it
 * and call its methods; none of them computes stances itself.
 */
export class AppState {
	readonly context: ViewContext;
	readonly timeline: TimelineController;
	/** The dataset shown: the latest, or a published version an embed is pinned to. */
	dataset = $state.raw<Dataset>() as Dataset;
	byId = $derived<ReadonlyMap<string, CountryRecord>>(
		new Map(this.dataset.countries.map((c) => [c.id, c]))
	);
	private sources: DetailSources;
	/** The version shown: `latest`, or the id of the version an embed is pinned to. */
	version = $state('latest');

	view = $state<ViewState>() as ViewState;
	playing = $state(false);
	hovered = $state<string | null>(null);
	/** The legend entry a reader points at: those countries stand out. */
	highlight = $state<PaintClass | null>(null);
	/** The compare matrix's cell a reader chose: the map and the list show only its countries. */
	compareCell = $state<CompareCell | null>(null);
	/**
	 * The compare model, loaded with the compare view (useCompare): a map that is never compared
	 * does not carry it in its first load.
	 */
	private compareModel = $state.raw<typeof compareMatrix | null>(null);
	/** The date before the latest step, to say what changed. */
	previousDate = $state<string | null>(null);
	/** Summaries, quotes and sources by country, as they arrive (they are not in the first HTML). */
	details = $state<Record<string, CountryDetails>>({});
	/** Countries whose details could not be fetched: the panel says so. */
	detailsFailed = $state<ReadonlySet<string>>(new Set());
	milestoneDetails = $state<MilestoneDetail[] | null>(null);
	/** Our milestone titles and US-forces notes by language, as they arrive. */
	translations = $state.raw<Record<string, Translations>>({});
	/**
	 * The page's own translations, kept when a pinned version brings its sources (useDataset):
	 * they are keyed by the English text, so they serve an older version's rows where the words
	 * are the same, and a pinned version publishes none of its own.
	 */
	private translationSource: DetailSources['translations'];
	/**
	 * Whether the reader chose the selected country (a click, a search): only then may the panel
	 * take focus. A country pinned by the URL is shown selected, never focused, so an embed never
	 * pulls its host page's focus or scroll.
	 */
	selectedByReader = false;

	constructor(dataset: Dataset, today = todayIso(), sources: DetailSources = NO_SOURCES) {
		this.dataset = dataset;
		this.sources = sources;
		this.translationSource = sources.translations;
		this.context = {
			min: STORY_START,
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
		this.selectedByReader = false;
		this.timeline.set(view.date);
	}

	/** The compare view's transitions and matrix (null in the other views). */
	compare = $derived.by(() =>
		this.view.view === 'compare' && this.compareModel
			? this.compareModel(this.dataset.countries, this.view.from, this.view.date, this.view.company)
			: null
	);

	countries = $derived.by((): CountryView[] =>
		this.dataset.countries.map((record, i) => {
			const cls = mapClassAt(record, this.view.date, this.view.company);
			const move = this.compare?.transitions[i] ?? null;
			const paint: PaintClass = move ? move.move : cls;
			return {
				record,
				cls,
				military: militaryAt(record, this.view.date) !== undefined,
				uncertain: uncertainAt(record, this.view.date, this.view.company),
				paint,
				move
			};
		})
	);

	/** Loads the compare model; the map paints the moves once it is there. */
	async useCompare() {
		this.compareModel ??= (await import('$lib/model/compareMatrix')).compareMatrix;
	}

	/** Whether a country is in the compare cell a reader chose (all are, with none chosen). */
	inCompareCell(c: CountryView): boolean {
		const cell = this.compareCell;
		return !cell || (c.move?.from === cell.from && c.move?.to === cell.to);
	}

	/** Countries per map class at the date shown, from the classes `countries` already holds. */
	counts = $derived(tally(this.countries.map((c) => c.cls)));

	/** How many countries the map paints in each class (a stance, or a move when comparing). */
	paintCounts = $derived.by(() => {
		const n = new Map<PaintClass, number>();
		for (const c of this.countries) n.set(c.paint, (n.get(c.paint) ?? 0) + 1);
		return n;
	});

	changes = $derived.by((): StanceChange[] =>
		this.previousDate === null
			? []
			: changesBetween(this.dataset.countries, this.previousDate, this.view.date, this.view.company)
	);

	selected = $derived.by(() =>
		this.view.country ? (this.byId.get(this.view.country) ?? null) : null
	);

	/** Fetches a country's details (once: the loader caches); a failure is shown, and retried. */
	requestDetails(id: string) {
		const c = this.byId.get(id);
		// Only countries with words behind them have a file: events, US forces or a review.
		if (this.details[id] || !c || !(c.events.length || c.military.length || c.reviewed)) return;
		this.sources.country(id).then(
			(details) => {
				this.details[id] = details;
				this.detailsFailed = new Set([...this.detailsFailed].filter((f) => f !== id));
			},
			() => (this.detailsFailed = new Set([...this.detailsFailed, id]))
		);
	}

	/** Fetches our own words in a language once; without them the English shows. */
	requestTranslations(lang: string) {
		if (lang === 'en' || this.translations[lang] || !this.translationSource) return;
		this.translationSource(lang).then(
			(t) => (this.translations = { ...this.translations, [lang]: t }),
			() => undefined
		);
	}

	/** A milestone title or US-forces note in the reader's language, with its `lang`. */
	ourWords(field: TranslatedField, english: string) {
		return ourWords(this.translations[currentLocale()], field, english);
	}

	/** The milestones with their titles in the reader's language (the change line names them). */
	milestones = $derived.by(() =>
		this.dataset.milestones.map((ms) => ({
			...ms,
			title: this.ourWords('milestones', ms.title).text
		}))
	);

	requestMilestones() {
		if (this.milestoneDetails) return;
		this.sources.milestones().then((d) => (this.milestoneDetails = d));
	}

	/**
	 * Shows another version of the data (an embed pinned "as published"): the map, counts and
	 * panel follow; words already fetched for the other version are dropped.
	 */
	useDataset(dataset: Dataset, sources: DetailSources, version: string) {
		this.version = version;
		this.dataset = dataset;
		this.sources = sources;
		this.details = {};
		this.detailsFailed = new Set();
		this.milestoneDetails = null;
	}

	/**
	 * The map of this view (company, US-forces overlay) at another date: a time-lapse frame. Here,
	 * so the lazily loaded export code does not pull the stance model out of the first load.
	 */
	mapAt(date: IsoDate): { cls(id: string): MapClass; military(id: string): boolean } {
		const { company, military } = this.view;
		const cls = new Map<string, MapClass>();
		const forces = new Set<string>();
		for (const c of this.dataset.countries) {
			cls.set(c.id, mapClassAt(c, date, company));
			if (military && militaryAt(c, date) !== undefined) forces.add(c.id);
		}
		return { cls: (id) => cls.get(id) ?? 'unreviewed', military: (id) => forces.has(id) };
	}

	select(id: string | null) {
		this.selectedByReader = id !== null;
		this.view.country = id && this.byId.has(id) ? id : null;
	}
}
