import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { AppState } from '../../src/lib/app/appState.svelte';
import type { CountryDetails, Dataset, Details, EventDetail } from '../../src/lib/model/types';
import CountrySearch from '../../src/lib/ui/controls/CountrySearch.svelte';
import CountryTable from '../../src/lib/ui/panel/CountryTable.svelte';
import DetailsPanel from '../../src/lib/ui/panel/DetailsPanel.svelte';
import Legend from '../../src/lib/ui/map/Legend.svelte';
import { ALL, GBR } from '../fixtures/countries';

const hostile = { ...GBR, id: 'FRA', name: 'France', events: [GBR.events[0]] };
const dataset: Dataset = {
	updated: '2026-11-01',
	first: '2012-10-08',
	countries: [...ALL, hostile],
	milestones: []
};
const detail = (summary: string, title = 'Fixture headline'): EventDetail => ({
	id: 'TST-001',
	corrections: [],
	scope: '5G',
	summary,
	source: {
		url: 'https://example.org/report',
		publisher: 'Fixture',
		title,
		quote: 'A verbatim sentence from the page',
		original: null
	},
	checked: '2026-11-20'
});
const details: Details = {
	countries: {
		GBR: { events: [detail('Restricted.'), detail('Banned.')], military: [], review: null },
		FRA: {
			events: [detail('<img src=x onerror="window.hacked=1"> plain words', '<b>bold</b> headline')],
			military: [],
			review: null
		},
		ISL: {
			events: [],
			military: [],
			review: {
				finding: 'Nothing found in the fixture.',
				searched: 'fixture search',
				checkedThrough: '2026-11'
			}
		}
	},
	milestones: []
};
const fromFixtures = {
	country: (id: string) => Promise.resolve(details.countries[id]),
	milestones: () => Promise.resolve([])
};
const appAt = (date: string, sources = fromFixtures) => {
	const app = new AppState(dataset, '2026-11-29', sources);
	app.timeline.set(date);
	return app;
};
/** Lets the details promise settle and Svelte render what it brought. */
const settle = async () => {
	await new Promise((r) => setTimeout(r, 0));
	flushSync();
};

describe('Legend', () => {
	it('shows one entry per stance, plus home and unreviewed while some country is so', () => {
		render(Legend, { app: appAt('2020-08-01') });
		const count = (s: string) =>
			within(document.querySelector(`[data-stance="${s}"]`) as HTMLElement).getByTestId('count')
				.textContent;
		expect(count('banned')).toBe('2');
		expect(count('home')).toBe('1');
		expect(count('unreviewed')).toBe('1');
		expect(document.querySelectorAll('[data-stance]')).toHaveLength(8);
	});

	it('highlights a stance while an entry has focus, and pins it on click', async () => {
		const app = appAt('2020-08-01');
		render(Legend, { app });
		const restricted = document.querySelector('[data-stance="restricted"]') as HTMLElement;
		await fireEvent.focus(restricted);
		expect(app.highlight).toBe('restricted');
		await fireEvent.blur(restricted);
		expect(app.highlight).toBeNull();
		await fireEvent.click(restricted);
		await fireEvent.blur(restricted);
		expect(app.highlight).toBe('restricted');
		expect(restricted.getAttribute('aria-pressed')).toBe('true');
	});
});

describe('DetailsPanel', () => {
	it('lists every event with its source and quote, dimming those after the date', async () => {
		const app = appAt('2020-03-01');
		app.select('GBR');
		render(DetailsPanel, { app });
		await settle();
		const panel = screen.getByTestId('details');
		expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe('United Kingdom');
		const items = panel.querySelectorAll('ol.events > li');
		expect(items).toHaveLength(2);
		expect(items[0].classList.contains('later')).toBe(false);
		expect(items[1].classList.contains('later')).toBe(true);
		const link = items[0].querySelector('a')!;
		expect(link.getAttribute('href')).toBe('https://example.org/report');
		expect(link.getAttribute('target')).toBe('_blank');
		expect(link.getAttribute('rel')).toContain('noopener');
		const quote = items[0].querySelector('details.quote')!;
		expect(quote.hasAttribute('open')).toBe(false);
		expect(quote.querySelector('summary')?.textContent).toBe('Quote from the source');
		expect(quote.textContent).toContain('A verbatim sentence from the page');
		expect(quote.textContent).toContain('20 November 2026');
	});

	it('shows dates and stances at once and the words once they arrive, or says they failed', async () => {
		let fail: (e: Error) => void = () => {};
		const app = appAt('2021-01-01', {
			...fromFixtures,
			country: () => new Promise<CountryDetails>((_, reject) => (fail = reject))
		});
		app.select('GBR');
		render(DetailsPanel, { app });
		const panel = screen.getByTestId('details');
		expect(panel.textContent).toContain('14 July 2020');
		expect(panel.textContent).toContain('Loading the summary and source');
		fail(new Error('offline'));
		await settle();
		expect(panel.textContent).toContain('The sources could not be loaded');
	});

	it.each([
		[
			'a searched country says so, with the date and where',
			'ISL',
			/Reviewed: no government action .* found \(as of 1 November 2026\)\.\s*Nothing found in the fixture\..*Searched: fixture search/s
		],
		['a place nobody searched says that instead', 'GRL', /Not yet reviewed/],
		['China is the home of both vendors', 'CHN', /home to both Huawei and ZTE/]
	])('%s', async (_name, id, text) => {
		const app = appAt('2021-01-01');
		app.select(id);
		render(DetailsPanel, { app });
		await settle();
		expect(screen.getByTestId('details').textContent).toMatch(text);
	});

	it('moves the slider to an event when its date is clicked', async () => {
		const app = appAt('2019-01-01');
		app.select('GBR');
		render(DetailsPanel, { app });
		await fireEvent.click(screen.getByRole('button', { name: /14 July 2020/ }));
		expect(app.view.date).toBe('2020-07-14');
	});

	it('shows markup in a data file as text, never as HTML', async () => {
		const app = appAt('2021-01-01');
		app.select('FRA');
		render(DetailsPanel, { app });
		await settle();
		const panel = screen.getByTestId('details');
		expect(panel.querySelector('img')).toBeNull();
		expect(panel.querySelector('b')).toBeNull();
		expect(panel.textContent).toContain('<img src=x onerror="window.hacked=1"> plain words');
		expect(panel.textContent).toContain('<b>bold</b> headline');
	});

	it('closes on Escape', async () => {
		const app = appAt('2021-01-01');
		app.select('GBR');
		render(DetailsPanel, { app });
		await fireEvent.keyDown(window, { key: 'Escape' });
		flushSync();
		expect(app.view.country).toBeNull();
		expect(screen.queryByTestId('details')).toBeNull();
	});
});

describe('CountryTable', () => {
	it('sorts by stance, most severe first, then by name when asked', async () => {
		render(CountryTable, { app: appAt('2021-01-01') });
		const names = () =>
			[...document.querySelectorAll('tbody th button')].map((b) => b.textContent?.trim());
		expect(names().slice(0, 2)).toEqual(['Taiwan', 'United Kingdom']);
		await fireEvent.click(screen.getByRole('button', { name: /Country/ }));
		expect(names()).toEqual([
			'Afghanistan',
			'China',
			'France',
			'Greenland',
			'Iceland',
			'Taiwan',
			'United Kingdom',
			'United States'
		]);
		expect(document.querySelector('th[aria-sort="ascending"]')?.textContent).toContain('Country');
	});

	it('links each country with something on record to its page', () => {
		render(CountryTable, { app: appAt('2021-01-01') });
		const hrefs = [...document.querySelectorAll('[data-testid="country-page-link"]')].map((a) =>
			a.getAttribute('href')
		);
		expect(hrefs).toContain('/country/GBR/');
		// Greenland has neither events nor a review in the fixtures: no page, no link.
		expect(hrefs.some((h) => h?.includes('GRL'))).toBe(false);
	});

	it('opens a country from its row', async () => {
		const app = appAt('2021-01-01');
		render(CountryTable, { app });
		await fireEvent.click(screen.getByRole('button', { name: 'Iceland' }));
		expect(app.view.country).toBe('ISL');
	});
});

describe('country search', () => {
	it('keeps its list open for typing when focus leaves and comes back within its delay', async () => {
		vi.useFakeTimers();
		try {
			render(CountrySearch, { app: appAt('2021-01-01') });
			const input = screen.getByTestId('country-search') as HTMLInputElement;
			const status = screen.getByTestId('search-status');
			input.focus();
			await fireEvent.input(input, { target: { value: 'Xyz' } });
			expect(status.textContent).toContain('No country matches');
			// Focus goes to the panel (a country opened) and straight back, as a quick reader's does.
			input.blur();
			input.focus();
			await fireEvent.input(input, { target: { value: 'Xyzz' } });
			vi.advanceTimersByTime(200);
			flushSync();
			expect(status.textContent).toContain('No country matches');
			// Focus gone for good: the list closes.
			input.blur();
			vi.advanceTimersByTime(200);
			flushSync();
			expect(status.textContent?.trim()).toBe('');
		} finally {
			vi.useRealTimers();
		}
	});
});
