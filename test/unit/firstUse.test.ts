import { describe, expect, it } from 'vitest';
import { wakesAtOnce, type FirstView } from '../../src/lib/app/firstUse';
import { holdBackNodeModules, LATER_MODULES_ID } from '../../src/lib/app/laterModules';

const bare: FirstView = {
	search: '',
	mode: 'embed',
	lang: 'en',
	languages: ['en-GB'],
	dark: false
};

describe('a map page waits for its first use only when the HTML shows what it would', () => {
	it.each<[string, Partial<FirstView>, boolean]>([
		['a bare embed waits', {}, false],
		['an embed with a date starts at once', { search: '?date=2020-07-14' }, true],
		['an embed with a country starts at once', { search: '?country=GBR' }, true],
		['an embed pinned to a version starts at once', { search: '?v=2026-12-06-4' }, true],
		['an empty query still waits', { search: '?' }, false],
		[
			'an embed ignores the reader languages (it speaks English unless told)',
			{ languages: ['de-DE'] },
			false
		],
		['an embed ignores a dark scheme (it is light unless told)', { dark: true }, false],
		['the page in English for an English reader waits', { mode: 'page' }, false],
		[
			'the page for a German reader starts at once',
			{ mode: 'page', languages: ['de-DE', 'en'] },
			true
		],
		[
			'the page for a reader of an unsupported language waits (English)',
			{ mode: 'page', languages: ['pt-BR'] },
			false
		],
		['the page in a dark scheme starts at once', { mode: 'page', dark: true }, true]
	])('%s', (_, change, expected) => {
		expect(wakesAtOnce({ ...bare, ...change })).toBe(expected);
	});
});

const head = (links: string[]) =>
	`<html><head>${links.map((l) => `<link href="${l}" rel="modulepreload">`).join('\n\t\t')}\n\t</head><body></body></html>`;

describe("the route nodes' preloads are held back in a template", () => {
	const html = head([
		'./_app/immutable/entry/start.A.js',
		'./_app/immutable/chunks/kit.js',
		'./_app/immutable/entry/app.B.js',
		'./_app/immutable/nodes/0.C.js',
		'./_app/immutable/nodes/5.D.js',
		'./_app/immutable/chunks/StanceApp.js'
	]);
	const out = holdBackNodeModules(html);
	const [live, held] = out.split(`<template id="${LATER_MODULES_ID}">`);

	it('keeps the entry and its modules preloaded', () => {
		for (const m of ['entry/start.A.js', 'chunks/kit.js', 'entry/app.B.js'])
			expect(live).toContain(m);
	});
	it('moves the nodes and every module listed after them into the template', () => {
		for (const m of ['nodes/0.C.js', 'nodes/5.D.js', 'chunks/StanceApp.js']) {
			expect(live).not.toContain(m);
			expect(held).toContain(`<link href="./_app/immutable/${m}" rel="modulepreload">`);
		}
	});
	it('puts the template at the end of the head', () => {
		expect(held).toMatch(/<\/template><\/head>/);
	});
	it('leaves a page without route nodes as it was', () => {
		const page = head(['./_app/immutable/entry/start.A.js']);
		expect(holdBackNodeModules(page)).toBe(page);
	});
});
