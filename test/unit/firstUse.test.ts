import { describe, expect, it } from 'vitest';
import { wakesAtOnce, type FirstView } from '../../src/lib/app/firstUse';
import { URL_PARAMS } from '../../src/lib/state/urlParams';
import { parseEmbedOptions, parseView, type ViewContext } from '../../src/lib/state/viewState';
import { holdBackApp, LATER_MODULES_ID, LATER_START_ID } from '../../src/lib/app/laterModules';

const bare: FirstView = {
	search: '',
	mode: 'embed',
	lang: 'en',
	languages: ['en-GB']
};

describe('a map page waits for its first use only when the HTML shows what it would', () => {
	it.each<[string, Partial<FirstView>, boolean]>([
		['a bare embed waits', {}, false],
		['an embed with a date starts at once', { search: '?date=2020-07-14' }, true],
		['an embed with a country starts at once', { search: '?country=GBR' }, true],
		['an embed pinned to a version starts at once', { search: '?v=2026-12-06-4' }, true],
		['an empty query still waits', { search: '?' }, false],
		[
			'an embed framed by pym.js waits (its parameters are not a view)',
			{ search: '?initialWidth=640&childId=map&parentTitle=News&parentUrl=https%3A%2F%2Fx.org%2F' },
			false
		],
		["a host's tracking tags do not wake it", { search: '?utm_source=newsletter' }, false],
		['a view among them does', { search: '?childId=map&date=2020-07-14' }, true],
		[
			'an embed ignores the reader languages (it speaks English unless told)',
			{ languages: ['de-DE'] },
			false
		],
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
		]
	])('%s', (_, change, expected) => {
		expect(wakesAtOnce({ ...bare, ...change })).toBe(expected);
	});
});

const START = `<script>
	{
		const element = document.currentScript.parentElement;
		Promise.all([import("./_app/immutable/entry/start.A.js")]).then(([kit, app]) => {
			kit.start(app, element, { node_ids: [0, 5] });
		});
	}
</script>`;
const page = (links: string[]) =>
	`<html><head>${links.map((l) => `<link href="${l}" rel="modulepreload">`).join('\n\t\t')}\n\t</head>` +
	`<body><div style="display: contents"><main class="app">map</main>${START}</div></body></html>`;

describe("a map page's code is held back until its first script lets it go", () => {
	const links = [
		'./_app/immutable/entry/start.A.js',
		'./_app/immutable/chunks/kit.js',
		'./_app/immutable/nodes/5.D.js'
	];
	const out = holdBackApp(page(links), 'gate()');
	const [live, held] = out.split(`<template id="${LATER_MODULES_ID}">`);

	it('moves every preload into a template at the end of the head', () => {
		for (const link of links) {
			expect(live).not.toContain(link);
			expect(held).toContain(`<link href="${link}" rel="modulepreload">`);
		}
		expect(held).toMatch(/<\/template><\/head>/);
	});
	it('keeps the start script, inert, where it was, with the first script after it', () => {
		expect(out).toContain(
			`<main class="app">map</main><template id="${LATER_START_ID}">${START}</template><script>gate()</script></div>`
		);
		expect(out.match(/kit\.start\(/g)).toHaveLength(1);
	});
	it('preloads the files the app fetches as it starts with its code, from the same root', () => {
		const [live, held] = holdBackApp(page(links), 'gate()', ['/data/stances.json']).split(
			`<template id="${LATER_MODULES_ID}">`
		);
		const preload =
			'<link rel="preload" as="fetch" href="./data/stances.json" crossorigin="anonymous">';
		expect(held).toContain(`${preload}</template></head>`);
		expect(live).not.toContain('stances.json');
		const deeper = page(links).replaceAll('"./_app/', '"../../_app/');
		expect(holdBackApp(deeper, 'gate()', ['/data/stances.json'])).toContain(
			'href="../../data/stances.json"'
		);
	});
	it('preloads no file on a page that preloads no module (vite dev): the app fetches it', () => {
		const out = holdBackApp(page([]), 'gate()', ['/data/stances.json']);
		expect(out).not.toContain('stances.json');
		expect(out).toContain(`<template id="${LATER_START_ID}">`);
	});
	it('puts a first script in as it is, dollar signs and all', () => {
		expect(holdBackApp(page(links), "$&$1'$'")).toContain("<script>$&$1'$'</script>");
	});
	it.each([
		['a page without a start script', page(links).replace(START, ''), 'gate()'],
		['a first script that closes its tag', page(links), 'a("</script>")']
	])('refuses %s', (_, html, script) => {
		expect(() => holdBackApp(html, script)).toThrow();
	});
});

describe('the parameters that wake the app are the ones the page reads', () => {
	/** URLSearchParams that notes each name asked for. */
	class Noting extends URLSearchParams {
		read = new Set<string>();
		override get(name: string) {
			this.read.add(name);
			return super.get(name);
		}
	}
	it('lists every parameter parseView and parseEmbedOptions read, and only those', () => {
		const params = new Noting('?view=compare');
		const ctx: ViewContext = { min: '2012-10-08', max: '2026-12-06', countryIds: new Set(['DEU']) };
		parseView(params, ctx);
		parseEmbedOptions(params);
		expect([...params.read].sort()).toEqual([...URL_PARAMS].sort());
	});
});
