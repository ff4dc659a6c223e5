/** Finds the interpretation band a 0–100 score falls in. Bands are inclusive integer ranges. */
export interface BandRange {
  min: number;
  max: number;
}

export function findBand<B extends BandRange>(bands: readonly B[], score: number): B | undefined {
  return bands.find((band) => score >= band.min && score <= band.max);
}
