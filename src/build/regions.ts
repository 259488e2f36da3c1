import world from 'world-countries';

/** China is home to both vendors: the map draws it apart and it takes no stance rows. */
export const HOME = 'CHN';

/** world-countries calls Kosovo UNK; this project uses XKX, as the EU and IMF do. */
const alpha3 = (cca3: string) => (cca3 === 'UNK' ? 'XKX' : cca3);

/**
 * The countries that must each have events or a review row: every UN member state (as the
 * world-countries package lists them), plus Kosovo and Taiwan, less the vendors' home.
 */
export const MUST_REVIEW: ReadonlySet<string> = new Set(
	world
		.filter((c) => c.unMember || c.cca3 === 'UNK' || c.cca3 === 'TWN')
		.map((c) => alpha3(c.cca3))
		.filter((id) => id !== HOME)
);

const REGIONS = new Map(world.map((c) => [alpha3(c.cca3), c.region]));

/** The world-countries region (Africa, Americas, Asia, Europe, Oceania), or 'Other'. */
export function regionOf(id: string): string {
	return REGIONS.get(id) || 'Other';
}
