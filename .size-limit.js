// Byte budgets for `npm run size` (part of `npm test`), gzip sizes of the production build.
// /embed/ in two steps (issue 21): what a reader who only looks, or scrolls past, loads (the HTML,
// with the SVG map and the compact timelines, and the scripts and styles it links), and what the
// embed has loaded once it answers hover, click and the slider (the app's code too, which the
// HTML holds back in a template until the reader's first use: src/lib/app/laterModules.ts).
// History of the second figure: issue 8 set 120 KiB; the living record, the combobox search,
// the embed fixes and issue 21's animation button took it to 117.1 kB; issues 18 and 20 to about
// 127.5 kB; loading the table, compare view and phone chooser on use brought it to 123.8 kB,
// and waiting for the first use (its listeners and replay) to 124.9 kB; inlining the styles in
// the HTML (one response, compressed together, instead of six) to 123.7 kB, and the page's first
// script (src/lib/app/gate.ts, 1.5 kB, which now holds back SvelteKit's start too) to 124.1 kB;
// ISO dates by the platform instead of d3-time-format, the download snapshot's code on use and
// the zoom engine's themes in its own chunk brought it to 119.8 kB, and the borders drawn a path
// a line (src/lib/map/svgMarkup.ts) to 119.9 kB. The baked patterns, hatching and uncertain
// rings (src/lib/map/bakedOverlays.ts), which a reader who never woke the app did not see, took
// the HTML from 36.1 to 37.5 kB and this figure to 121.4 kB; the dark theme from the first paint
// (its mark in the head script, the colour swaps in app.css) to 121.6 kB. The budgets leave
// 0.1–0.2 kB: the same code builds a few bytes apart from day to day (the date, chunk hashes).
// Before any use, the embed is its HTML alone: 37.7 kB (74.2 kB when SvelteKit started with the
// page), then 31.4 kB once the dataset left the HTML for a preload that waits with the code
// (src/lib/app/load.ts), which moved 6 kB from the first step to the second (121.3 kB), and
// 30.6 kB once the chart's bands kept only the points their outline needs (120.5 kB); links to
// the changes page in the reader's language took the second to 120.7 kB. Issue 21 asks for
// 80 KiB at the second: an open gap. The first step is what a host page pays for every reader.
// maplibre, its worker and its geometry load only when a reader zooms; the summaries and
// sources of a country (details/ID.json) when a reader points at or opens it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const page = 'build/embed/index.html';
const html = readFileSync(page, 'utf8');
const links = (text) =>
	[...text.matchAll(/<link href="\.\.\/([^"]+)" rel="(?:modulepreload|stylesheet)">/g)].map((m) =>
		join('build', m[1])
	);
// The files the app fetches as it starts (the dataset), preloaded with its code.
const fetched = [...html.matchAll(/<link rel="preload" as="fetch" href="\.\.\/([^"]+)"/g)].map(
	(m) => join('build', m[1])
);
const linked = links(html);
const heldBack = links(html.match(/<template id="later-modules">[\s\S]*?<\/template>/)?.[0] ?? '');
const beforeUse = linked.filter((file) => !heldBack.includes(file));
const dir = 'build/_app/immutable/chunks';
const chunks = readdirSync(dir).map((f) => `${dir}/${f}`);
// The chunk that starts maplibre's worker is the map's own code.
const isMapCode = (file) => readFileSync(file, 'utf8').includes('maplibre-gl-worker');
// The time-lapse encoders (mediabunny, gifenc) and frame drawing: the chunk that writes GIFs.
const isMotionCode = (file) => /["'`]image\/gif["'`]/.test(readFileSync(file, 'utf8'));

export default [
	{
		name: 'embed first load, before any use: HTML, and the scripts and styles it loads (none)',
		path: [page, ...beforeUse],
		gzip: true,
		limit: '30.8 KB'
	},
	{
		name: 'embed until it answers hover, click and the slider: with the code and data of its first use',
		path: [page, ...linked, ...fetched],
		gzip: true,
		limit: '120.9 KB'
	},
	{
		name: 'of which the HTML (SVG map, chart and styles inlined)',
		path: [page],
		gzip: true,
		limit: '30.8 KB'
	},
	{
		name: 'of which the compact timelines (stances.json, fetched with the code)',
		path: ['build/data/stances.json'],
		gzip: true,
		limit: '7 KB'
	},
	{
		name: 'on pointing at a country: its summaries, quotes and sources (Germany, among the largest)',
		path: ['build/data/details/DEU.json'],
		gzip: true,
		limit: '6 KB'
	},
	{
		name: 'on zoom: map code and worker',
		path: [...chunks.filter(isMapCode), 'build/_app/immutable/workers/*.js'],
		gzip: true,
		limit: '440 KB'
	},
	{
		name: 'on "Make and download" of an animation: encoders and frame drawing',
		path: chunks.filter(isMotionCode),
		gzip: true,
		limit: '64 KB'
	},
	{
		name: '<stance-map> element (stance-map.js), for host pages',
		path: ['build/stance-map.js'],
		gzip: true,
		limit: '1.5 KB'
	},
	{
		name: 'on zoom: geometry',
		path: ['build/data/countries.json'],
		gzip: true,
		limit: '108 KB'
	}
];
