/**
 * The view types every section model shares (the report model and the coverage model build them; the
 * renderers read them). A module of its own so the section models depend on it, not on each other.
 */

/** Our own prose (rule documentation): `backticked` spans render as code, the rest as text. */
export class Prose {
  constructor(readonly text: string) {}
}

export interface Link {
  text: string;
  url: string | null;
}

export interface ChecklistItem {
  done: boolean;
  text: Prose;
}
