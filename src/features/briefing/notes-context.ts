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

// The titles of the page's sources, so a marker's popover can name them; the page's frame provides it.
const NoteTitlesContext = createContext<(sourceId: string) => string>((id) => id);

export const NoteTitlesProvider = NoteTitlesContext.Provider;

/** The title of the source a note number stands for. */
export function useNoteTitles(): (number: number) => string {
  const { order } = useNotes();
  const titleOf = useContext(NoteTitlesContext);
  return (number) => {
    const id = order[number - 1];
    return id === undefined ? '' : titleOf(id);
  };
}
