// gifenc 1.0.3 ships no types: the part of its API the time-lapse uses.
declare module 'gifenc' {
	export type Palette = number[][];
	export function quantize(
		rgba: Uint8Array | Uint8ClampedArray,
		maxColors: number,
		options?: { format?: 'rgb565' | 'rgb444' | 'rgba4444' }
	): Palette;
	export function applyPalette(
		rgba: Uint8Array | Uint8ClampedArray,
		palette: Palette,
		format?: 'rgb565' | 'rgb444' | 'rgba4444'
	): Uint8Array;
	export interface GifStream {
		writeFrame(
			index: Uint8Array,
			width: number,
			height: number,
			options?: {
				palette?: Palette;
				delay?: number;
				repeat?: number;
				transparent?: boolean;
				transparentIndex?: number;
				dispose?: number;
			}
		): void;
		finish(): void;
		bytes(): Uint8Array;
	}
	export function GIFEncoder(options?: { initialCapacity?: number; auto?: boolean }): GifStream;
}
