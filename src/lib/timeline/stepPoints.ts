/**
 * The points of one band of a stacked step chart that its outline needs: the first, the last, and
 * each where the band's bottom or top moves. The chart keeps a month when any stance's count
 * moves, so most of a band's points repeat the one before; drawn with `curveStepAfter`, each of
 * those is two more vertices on a flat line (and bytes in the prerendered HTML).
 */
export function stepPoints<P extends ArrayLike<number>>(band: readonly P[]): P[] {
	return band.filter(
		(p, i) => i === 0 || i === band.length - 1 || p[0] !== band[i - 1][0] || p[1] !== band[i - 1][1]
	);
}
