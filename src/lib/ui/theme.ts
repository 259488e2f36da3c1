import { getContext, setContext } from 'svelte';
import type { Theme } from '$lib/model/palette';

const KEY = Symbol('theme');

/** The page's theme for everything below it: swatches must match the map they explain. */
export const provideTheme = (current: () => Theme) => setContext(KEY, current);

/** The theme provided above, or light where nothing provides one (a component on its own). */
export const useTheme = (): (() => Theme) => getContext<() => Theme>(KEY) ?? (() => 'light');
