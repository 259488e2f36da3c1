/** The part of daff (no types of its own) that diffRows uses. */
declare module 'daff' {
	class TableView {
		constructor(data: string[][]);
	}
	class CompareFlags {
		addPrimaryKey(column: string): void;
	}
	interface Alignment {
		toOrder(): { getList(): unknown[] };
	}
	const daff: {
		TableView: typeof TableView;
		CompareFlags: typeof CompareFlags;
		compareTables(a: TableView, b: TableView, flags: CompareFlags): { align(): Alignment };
	};
	export default daff;
}
