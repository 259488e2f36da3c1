import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { AppState } from '../../src/lib/app/appState.svelte';
import type { Dataset } from '../../src/lib/model/types';
import CountryTable from '../../src/lib/ui/CountryTable.svelte';
import DetailsPanel from '../../src/lib/ui/DetailsPanel.svelte';
import Legend from '../../src/lib/ui/Legend.svelte';
import { ALL, GBR } from '../fixtures/countries';

const hostile = {
	...GBR,
	id: 'FRA',
	name: 'France',
	events: [
		{
			...GBR.events[0],
			summary: '<img src=x onerror="window.hacked=1"> plain words',
			source: { url: null, publisher: 'Le Monde', title: '<b>bold</b> headline' }
		}
	]
};
const dataset: Dataset = {
	updated: '2026-11-01',
	first: '2012-10-08',
	countries: [...ALL, hostile]
};
const appAt = (date: string) => {
	const app = new AppState(dataset, '2026-11-29');
	app.timeline.set(date);
	return app;
};

describe('Legend', () => {
	it('shows one entry per stance with its count at the date', () => {
		render(Legend, { app: appAt('2020-08-01') });
		const banned = document.querySelector('[data-stance="banned"]')!;
		expect(within(banned as HTMLElement).getByTestId('count').textContent).toBe('2');
		expect(document.querySelectorAll('[data-stance]')).toHaveLength(6);
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
	it('lists every event with its source, dimming those after the date', () => {
		const app = appAt('2020-03-01');
		app.select('GBR');
		render(DetailsPanel, { app });
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
	});

	it('moves the slider to an event when its date is clicked', async () => {
		const app = appAt('2019-01-01');
		app.select('GBR');
		render(DetailsPanel, { app });
		await fireEvent.click(screen.getByRole('button', { name: /14 July 2020/ }));
		expect(app.view.date).toBe('2020-07-14');
	});

	it('shows markup in a data file as text, never as HTML', () => {
		const app = appAt('2021-01-01');
		app.select('FRA');
		render(DetailsPanel, { app });
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
			[...document.querySelectorAll('tbody th')].map((th) => th.textContent?.trim());
		expect(names().slice(0, 2)).toEqual(['Taiwan', 'United Kingdom']);
		await fireEvent.click(screen.getByRole('button', { name: /Country/ }));
		expect(names()).toEqual([
			'Afghanistan',
			'France',
			'Iceland',
			'Taiwan',
			'United Kingdom',
			'United States'
		]);
		expect(document.querySelector('th[aria-sort="ascending"]')?.textContent).toContain('Country');
	});

	it('opens a country from its row', async () => {
		const app = appAt('2021-01-01');
		render(CountryTable, { app });
		await fireEvent.click(screen.getByRole('button', { name: 'Iceland' }));
		expect(app.view.country).toBe('ISL');
	});
});
