/** Finds the interpretation band a 0–100 score falls in. Bands are inclusive integer ranges. */
export interface BandRange {
  min: number;
  max: number;
}

export function findBand<B extends BandRange>(bands: readonly B[], score: number): B | undefined {
  return bands.find((band) => score >= band.min && score <= band.max);
}

/**
 * The band of a section's score. A gap below zero (leading above one's aim)
 * falls in the lowest band, and bands never see a value outside 0–100.
 */
export function bandForScore<B extends BandRange>(bands: readonly B[] | undefined, score: number | null): B | undefined {
  if (!bands || score === null) return undefined;
  return findBand(bands, Math.min(100, Math.max(0, score)));
}
