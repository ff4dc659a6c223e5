/** The four elements of compassionate leadership, in the order the app presents them. */
export const ELEMENT_IDS = ['attending', 'understanding', 'empathising', 'helping'] as const;

export type ElementId = (typeof ELEMENT_IDS)[number];

/** Display names of the elements, for places that show an element without a questionnaire at hand. */
export const ELEMENT_NAMES: Record<ElementId, string> = {
  attending: 'Attending',
  understanding: 'Understanding',
  empathising: 'Empathising',
  helping: 'Helping',
};
