import { Fragment, type ReactNode } from 'react';

// Private-use characters never occur in messages or in the dataset's names, so they can mark where
// a React element (a footnote marker) goes in a translated sentence without building it from pieces.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const SLOT = /\uE000([a-zA-Z0-9]+)\uE001/g;

/** The placeholder a message argument takes where an element should go; see RichText. */
export function slot(name: string): string {
  return `${OPEN}${name}${CLOSE}`;
}

export type TextPart = { text: string } | { slot: string };

/** Splits a formatted message into its text and the slots marked with slot(). */
export function splitSlots(message: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of message.matchAll(SLOT)) {
    if (match.index > last) parts.push({ text: message.slice(last, match.index) });
    parts.push({ slot: match[1] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < message.length) parts.push({ text: message.slice(last) });
  return parts;
}

/** A translated message with elements in its slots; text stays text (React escapes it). */
export function RichText({ message, slots }: { message: string; slots: Record<string, ReactNode> }) {
  return (
    <>
      {splitSlots(message).map((part, index) => (
        <Fragment key={index}>{'text' in part ? part.text : slots[part.slot]}</Fragment>
      ))}
    </>
  );
}
