/**
 * The one module that touches the real maplibre API. Components hand it plain data (stances,
 * flags); it keeps the geometry uploaded once and turns changes into feature-state diffs.
 */
import { AttributionControl, Map as MaplibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { PATTERNS } from '../model/palette';
import { FRAME_LNGLAT_BOUNDS, frameToLngLat } from './frameSize';
import { dots, hatch, stripes } from './patterns';
import { drawnState, type MapRenderer } from './renderer';
import { buildStyle, DARK, LIGHT } from './style';

// maplibre 6 starts its worker from a separate file; without this every map stays blank.
setWorkerUrl(workerUrl);

/** The Equal Earth frame in maplibre's coordinates: the whole world, edge to edge. */
const FRAME: [[number, number], [number, number]] = [
	[FRAME_LNGLAT_BOUNDS[0], FRAME_LNGLAT_BOUNDS[1]],
	[FRAME_LNGLAT_BOUNDS[2], FRAME_LNGLAT_BOUNDS[3]]
];
const SOURCES = ['countries', 'markers'] as const;
const INTERACTIVE_LAYERS = ['small-countries', 'stance-fill'];

export interface StanceMapOptions {
	container: HTMLElement;
	geometry: Topology & { markers: { id: string; lng: number; lat: number; zoomed?: true }[] };
	/** By name, so the page's code need not carry the themes' colours and the style builder. */
	theme: 'light' | 'dark';
	onHover(id: string | null, point: { x: number; y: number }): void;
	onSelect(id: string | null): void;
	/** Called when a change starts drawing, and when the map is idle again. */
	onDrawing(drawing: boolean): void;
}

export interface StanceMap extends MapRenderer {
	/** Resolves when everything asked for so far is on screen. */
	idle(): Promise<void>;
}

function toFeatures(geometry: StanceMapOptions['geometry']) {
	const collection = feature(
		geometry,
		geometry.objects.countries as GeometryCollection
	) as unknown as FeatureCollection<Polygon | MultiPolygon>;
	for (const f of collection.features) f.properties = { id: f.id };
	const markers: FeatureCollection<Point> = {
		type: 'FeatureCollection',
		features: geometry.markers.map((m) => ({
			type: 'Feature',
			properties: { id: m.id, zoomed: m.zoomed ?? false },
			geometry: { type: 'Point', coordinates: [m.lng, m.lat] }
		}))
	};
	return { countries: collection, markers };
}

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

const rgba = (hex: string, alpha: number) => [
	parseInt(hex.slice(1, 3), 16),
	parseInt(hex.slice(3, 5), 16),
	parseInt(hex.slice(5, 7), 16),
	alpha
];

/** Resolves once the geometry is on the map; rejects where WebGL or loading fails. */
export function createStanceMap(options: StanceMapOptions): Promise<StanceMap> {
	const { container } = options;
	const theme = options.theme === 'dark' ? DARK : LIGHT;
	const map = new MaplibreMap({
		container,
		style: buildStyle(theme),
		bounds: FRAME,
		// No padding: the frame fills the box exactly as the SVG map's viewBox does.
		fitBoundsOptions: { padding: 0 },
		// Below zoom 0 the whole world fits a phone-wide map.
		minZoom: -2,
		maxZoom: 7,
		dragRotate: false,
		pitchWithRotate: false,
		touchPitch: false,
		// Zoom takes ctrl/cmd + wheel, and panning on touch takes two fingers: the page scrolls.
		cooperativeGestures: true,
		attributionControl: false,
		// The geometry is the Equal Earth frame carried into Mercator: one world, no copies.
		renderWorldCopies: false
	});
	map.touchZoomRotate.disableRotation();
	map.keyboard.disable();
	map.addControl(
		new AttributionControl({ compact: true, customAttribution: 'Natural Earth via world-atlas' })
	);
	const canvas = map.getCanvas();
	// The canvas is a picture for sighted readers; the table view is its text alternative.
	canvas.setAttribute('aria-hidden', 'true');
	canvas.tabIndex = -1;

	const drawn = drawnState();
	const setState = (id: string, state: Record<string, unknown>) => {
		for (const source of SOURCES) map.setFeatureState({ source, id }, state);
	};
	let fitted = true;
	map.on('movestart', (e) => {
		if ((e as { originalEvent?: unknown }).originalEvent) fitted = false;
	});
	map.on('resize', () => {
		if (fitted) map.fitBounds(FRAME, { padding: 0, animate: false });
	});

	const handle: StanceMap = {
		paint(states) {
			const changed = drawn.repaint(states);
			for (const [id, next] of changed) setState(id, { cls: next.cls, military: next.military });
			if (changed.length) options.onDrawing(true);
		},
		flag(flag, ids) {
			const { on, off } = drawn.reflag(flag, ids);
			for (const id of on) setState(id, { [flag]: true });
			for (const id of off) setState(id, { [flag]: false });
			if ((on.length || off.length) && flag !== 'hover') options.onDrawing(true);
		},
		showMilitary(visible) {
			map.setLayoutProperty('military-hatch', 'visibility', visible ? 'visible' : 'none');
			options.onDrawing(true);
		},
		zoomBy(factor) {
			map.zoomTo(map.getZoom() + Math.log2(factor), { animate: !reducedMotion() });
		},
		reset() {
			fitted = true;
			map.fitBounds(FRAME, { padding: 0, animate: !reducedMotion() });
		},
		fitBox(box, animate = true) {
			fitted = false;
			const [west, south] = frameToLngLat(box.x, box.y + box.height);
			const [east, north] = frameToLngLat(box.x + box.width, box.y);
			map.fitBounds(
				[
					[west, south],
					[east, north]
				],
				{ padding: 0, animate: animate && !reducedMotion() }
			);
		},
		idle() {
			return new Promise((resolve) => {
				map.once('idle', () => resolve());
				map.triggerRepaint();
			});
		},
		// maplibre watches its own container's size.
		resize() {},
		destroy() {
			map.remove();
		}
	};

	return new Promise((resolve, reject) => {
		map.once('error', (e) => reject(e.error ?? new Error('map failed to load')));
		map.once('load', () => {
			const ratio = 2;
			map.addImage('hatch', hatch(16, rgba(theme.outline, 200)), { pixelRatio: ratio });
			for (const [cls, { kind, ink }] of Object.entries(PATTERNS)) {
				const draw = kind === 'dots' ? dots : stripes;
				map.addImage(cls, draw(16, rgba(ink, 230)), { pixelRatio: ratio });
			}
			const { countries, markers } = toFeatures(options.geometry);
			(map.getSource('countries') as unknown as { setData(d: unknown): void }).setData(countries);
			(map.getSource('markers') as unknown as { setData(d: unknown): void }).setData(markers);
			// Markers for the not-quite-tiny countries show once the reader is zoomed in.
			const world = map.getZoom();
			map.setFilter('small-countries', [
				'any',
				['!', ['get', 'zoomed']],
				['>=', ['zoom'], world + 0.8]
			]);
			map.on('idle', () => options.onDrawing(false));
			map.on('mousemove', (e) => {
				const hit = map.queryRenderedFeatures(e.point, { layers: INTERACTIVE_LAYERS })[0];
				const id = (hit?.id as string | undefined) ?? null;
				canvas.style.cursor = id ? 'pointer' : '';
				options.onHover(id, e.point);
			});
			map.on('mouseout', () => options.onHover(null, { x: 0, y: 0 }));
			map.on('click', (e) => {
				const hit = map.queryRenderedFeatures(e.point, { layers: INTERACTIVE_LAYERS })[0];
				options.onSelect((hit?.id as string | undefined) ?? null);
			});
			resolve(handle);
		});
	});
}
