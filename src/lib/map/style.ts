import type {
	DataDrivenPropertyValueSpecification,
	ExpressionSpecification,
	LayerSpecification,
	StyleSpecification
} from 'maplibre-gl';
import { DARK_MAP_COLORS, MAP_COLORS, PATTERNS } from '../model/palette';
import { PAINT_CLASSES, type PaintClass } from '../model/types';

export interface MapTheme {
	water: string;
	border: string;
	outline: string;
	colors: Record<PaintClass, string>;
}

export const LIGHT: MapTheme = {
	water: '#cfdfec',
	border: '#ffffff',
	outline: '#111111',
	colors: MAP_COLORS
};
export const DARK: MapTheme = {
	water: '#111a24',
	border: '#0d1117',
	outline: '#ffffff',
	colors: DARK_MAP_COLORS
};

const classColor = (colors: Record<PaintClass, string>) =>
	[
		'match',
		['feature-state', 'cls'],
		...PAINT_CLASSES.flatMap((s) => [s, colors[s]]),
		colors.unreviewed
	] as unknown as ExpressionSpecification;
const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];
const byState = (...cases: (ExpressionSpecification | number)[]) =>
	['case', ...cases] as unknown as DataDrivenPropertyValueSpecification<number>;

/**
 * The whole style, built in code: no tiles, glyphs or sprites to fetch, so the map works offline
 * and under a strict Content-Security-Policy. Colour comes from feature-state, so a date change
 * touches no layer, only the states of the countries that changed.
 */
export function buildStyle(theme: MapTheme): StyleSpecification {
	const empty: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
	return {
		version: 8,
		sources: {
			countries: { type: 'geojson', data: empty, promoteId: 'id' },
			markers: { type: 'geojson', data: empty, promoteId: 'id' }
		},
		layers: [
			{ id: 'water', type: 'background', paint: { 'background-color': theme.water } },
			{
				id: 'stance-fill',
				type: 'fill',
				source: 'countries',
				paint: {
					'fill-color': classColor(theme.colors),
					'fill-opacity': byState(state('dim'), 0.2, 1)
				}
			},
			...(Object.keys(PATTERNS) as PaintClass[]).map((cls): LayerSpecification => ({
				id: `${cls}-pattern`,
				type: 'fill',
				source: 'countries',
				paint: {
					'fill-pattern': cls,
					'fill-opacity': byState(['==', ['feature-state', 'cls'], cls], 1, 0)
				}
			})),
			{
				id: 'military-hatch',
				type: 'fill',
				source: 'countries',
				paint: { 'fill-pattern': 'hatch', 'fill-opacity': byState(state('military'), 1, 0) }
			},
			{
				id: 'borders',
				type: 'line',
				source: 'countries',
				paint: { 'line-color': theme.border, 'line-width': 0.6 }
			},
			{
				id: 'emphasis',
				type: 'line',
				source: 'countries',
				paint: {
					'line-color': theme.outline,
					// As in the SVG map: the selection strongest, a just-changed country a thin ring, a
					// stance resting on an uncertain row a lighter one.
					'line-width': byState(
						state('selected'),
						2,
						state('hover'),
						1.2,
						state('changed'),
						0.8,
						state('uncertain'),
						1,
						0
					),
					'line-opacity': byState(
						state('selected'),
						1,
						state('hover'),
						1,
						state('changed'),
						1,
						state('uncertain'),
						0.45,
						1
					)
				}
			},
			{
				id: 'small-countries',
				type: 'circle',
				source: 'markers',
				maxzoom: 5,
				paint: {
					'circle-color': classColor(theme.colors),
					'circle-radius': 5,
					'circle-opacity': byState(state('dim'), 0.2, 1),
					'circle-stroke-color': theme.outline,
					'circle-stroke-width': byState(
						state('selected'),
						2.5,
						state('hover'),
						2,
						state('military'),
						1.5,
						0.5
					)
				}
			}
		]
	};
}
