/** The four elements of compassionate leadership, in the order the app presents them. */
export const ELEMENT_IDS = ['attending', 'understanding', 'empathising', 'helping'] as const;

export type ElementId = (typeof ELEMENT_IDS)[number];
