import { render, screen } from '@testing-library/svelte';
import { flushSync, tick } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { AppState, type DetailSources } from '../../src/lib/app/appState.svelte';
import { setLanguage } from '../../src/lib/i18n/locale.svelte';
import type { Translations } from '../../src/lib/model/translations';
import type { Dataset } from '../../src/lib/model/types';
import DetailsPanel from '../../src/lib/ui/panel/DetailsPanel.svelte';
import MilestoneList from '../../src/lib/ui/timeline/MilestoneList.svelte';
import TimelineChart from '../../src/lib/ui/timeline/TimelineChart.svelte';
import { ALL } from '../fixtures/countries';

const TITLE = 'Huawei added to US Entity List';
const NOTE = 'RAF Lakenheath, RAF Mildenhall';
const dataset: Dataset = {
	updated: '2026-11-01',
	first: '2012-10-08',
	countries: ALL,
	milestones: [{ date: '2019-05-15', precision: 'day', title: TITLE }]
};
const german: Translations = {
	milestones: { [TITLE]: 'Huawei kommt auf die Entity List der USA' },
	military: { [NOTE]: 'RAF Lakenheath, RAF Mildenhall (deutsch)' }
};
const sources: DetailSources = {
	country: () =>
		Promise.resolve({
			events: [],
			military: [
				{
					note: NOTE,
					source: {
						url: 'https://example.org',
						publisher: 'Fixture',
						title: 'T',
						quote: 'Q',
						original: null
					},
					checked: '2026-11-20'
				}
			],
			review: null
		}),
	milestones: () => Promise.resolve([]),
	translations: (lang) =>
		lang === 'de' ? Promise.resolve(german) : Promise.reject(new Error(`no ${lang}`))
};
const settle = async () => {
	for (let i = 0; i < 3; i++) await tick();
	flushSync();
};

// jsdom has no ResizeObserver (the chart measures its width with it): a width of 0 px then.
globalThis.ResizeObserver ??= class {
	observe() {}
	unobserve() {}
	disconnect() {}
};

afterEach(() => setLanguage('en'));

describe('the stance chart', () => {
	it('says what it shows in a caption that names the company', () => {
		render(TimelineChart, { app: new AppState(dataset, '2026-11-29', sources) });
		const caption = screen.getByTestId('chart-caption');
		expect(caption.tagName).toBe('FIGCAPTION');
		expect(caption.textContent).toContain('Countries by stance, month by month (Huawei)');
	});

	it('has a year axis: a tick every 1 January, labels as the width allows', () => {
		render(TimelineChart, { app: new AppState(dataset, '2026-11-29', sources) });
		const ticks = [...screen.getByTestId('year-ticks').querySelectorAll('.tick')];
		expect(ticks).toHaveLength(15);
		// jsdom lays nothing out: a width of 0 px leaves room for one label in ten years.
		expect(ticks.map((t) => t.textContent?.trim()).filter(Boolean)).toEqual(['2020']);
	});
});

describe('our own words in the German edition', () => {
	it('shows a milestone title in German once the translations arrive, English before', async () => {
		const app = new AppState(dataset, '2026-11-29', sources);
		setLanguage('de');
		render(MilestoneList, { app });
		expect(screen.getByTestId('milestone-title').textContent).toBe(TITLE);
		expect(screen.getByTestId('milestone-title').getAttribute('lang')).toBe('en');
		app.requestTranslations('de');
		await settle();
		expect(screen.getByTestId('milestone-title').textContent).toBe(
			'Huawei kommt auf die Entity List der USA'
		);
		expect(screen.getByTestId('milestone-title').hasAttribute('lang')).toBe(false);
	});

	it('shows a US-forces note in German, and the English in the English edition', async () => {
		const app = new AppState(dataset, '2026-11-29', sources);
		app.requestTranslations('de');
		app.select('GBR');
		render(DetailsPanel, { app });
		await settle();
		expect(screen.getByTestId('presence').textContent).toContain(NOTE);
		setLanguage('de');
		flushSync();
		expect(screen.getByTestId('presence').textContent).toContain('(deutsch)');
	});
});
