// Byte budgets for `npm run size` (part of `npm test`), gzip sizes of the production build.
// First load is what /embed needs before its first paint; the interactive map (maplibre, its
// worker and the full geometry) loads only after the SVG first paint is on screen.
import { readdirSync, readFileSync } from 'node:fs';

const dir = 'build/_app/immutable/chunks';
const chunks = readdirSync(dir).map((f) => `${dir}/${f}`);
// The chunk that starts maplibre's worker is the map's own code.
const isMapCode = (file) => readFileSync(file, 'utf8').includes('maplibre-gl-worker');

export default [
	{
		name: 'first-load JS',
		path: [
			'build/_app/immutable/entry/*.js',
			'build/_app/immutable/nodes/*.js',
			...chunks.filter((f) => !isMapCode(f))
		],
		gzip: true,
		limit: '55 KB'
	},
	{
		name: 'first-load CSS',
		path: ['build/_app/immutable/assets/*.css'],
		gzip: true,
		limit: '6 KB'
	},
	{
		name: 'first-load HTML of /embed (first-paint SVG and dataset inlined)',
		path: ['build/embed/index.html'],
		gzip: true,
		limit: '82 KB'
	},
	{
		name: 'first-load data: the dataset (inlined in the HTML)',
		path: ['build/data/stances.json'],
		gzip: true,
		limit: '48 KB'
	},
	{
		name: 'after first paint: map code and worker',
		path: [...chunks.filter(isMapCode), 'build/_app/immutable/workers/*.js'],
		gzip: true,
		limit: '470 KB'
	},
	{
		name: 'after first paint: geometry',
		path: ['build/data/countries.json'],
		gzip: true,
		limit: '120 KB'
	}
];
