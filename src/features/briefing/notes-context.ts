import { createContext, useContext } from 'react';
import { numberSources, type SourceNumbering } from '../../data/selectors/footnotes';

// One numbering per page, so the summary, the figures and the list of notes agree on every number.
const NotesContext = createContext<SourceNumbering>(numberSources([]));

export const NotesProvider = NotesContext.Provider;

/** The page's source numbering. */
export function useNotes(): SourceNumbering {
  return useContext(NotesContext);
}

/** The id of a numbered note, the target of its markers. */
export function noteId(number: number): string {
  return `source-${number}`;
}
