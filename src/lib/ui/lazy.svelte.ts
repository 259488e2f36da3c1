/**
 * A component loaded on first use, so what a reader may never open (the table, the compare view,
 * the phone's country chooser) stays out of the embed's first load. `current` is undefined until
 * `load()` has brought it.
 */
export function lazy<T>(importer: () => Promise<{ default: T }>) {
	let component = $state<T>();
	let pending: Promise<T> | null = null;
	return {
		get current() {
			return component;
		},
		load(): Promise<T> {
			pending ??= importer().then((mod) => (component = mod.default));
			return pending;
		}
	};
}
