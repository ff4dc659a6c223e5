/** How long something takes, in plain words, from a whole number of minutes (the catalogue's `estimatedMinutes`). */
export function aboutMinutes(minutes: number): string {
  if (minutes <= 1) return 'about a minute';
  return `about ${Math.round(minutes)} minutes`;
}
