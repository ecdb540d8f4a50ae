// Lines for messages about JSON items. JSON.parse forgets where things were; this scanner walks
// the (already valid) text once, without recursion, and notes the line on which each element of
// one array starts, e.g. each flow in data.flows.

interface Frame {
  kind: 'object' | 'array';
  /** Object: the key of the value being read. Array: the index of the element being read. */
  key: string | number | undefined;
  /** Object: the next string is a key. Array: the next value starts an element. */
  expecting: boolean;
}

/** The 1-based line of each element of the array at `path` (object keys), e.g. ["data", "flows"]. */
export function arrayElementLines(text: string, path: readonly string[]): number[] {
  const lines: number[] = [];
  const frames: Frame[] = [];
  let line = 1;
  const inTarget = () =>
    frames.length === path.length + 1 &&
    frames[path.length]?.kind === 'array' &&
    path.every((key, depth) => frames[depth]?.kind === 'object' && frames[depth]?.key === key);
  const valueStarts = () => {
    const top = frames.at(-1);
    if (top?.kind !== 'array' || !top.expecting) return;
    top.expecting = false;
    if (inTarget() && typeof top.key === 'number') lines[top.key] = line;
  };

  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '\n') line += 1;
    else if (char === '"') {
      const end = stringEnd(text, index);
      const top = frames.at(-1);
      if (top?.kind === 'object' && top.expecting) {
        top.key = text.slice(index + 1, end);
        top.expecting = false;
      } else valueStarts();
      index = end;
    } else if (char === '{' || char === '[') {
      valueStarts();
      frames.push(
        char === '{'
          ? { kind: 'object', key: undefined, expecting: true }
          : { kind: 'array', key: 0, expecting: true },
      );
    } else if (char === '}' || char === ']') frames.pop();
    else if (char === ',') {
      const top = frames.at(-1);
      if (top?.kind === 'object') top.expecting = true;
      else if (top?.kind === 'array' && typeof top.key === 'number') {
        top.key += 1;
        top.expecting = true;
      }
    } else if (char !== undefined && /[-0-9tfn]/.test(char)) valueStarts();
  }
  return lines;
}

// The index of the quote that closes the string opening at `start` (strings hold no raw newlines).
function stringEnd(text: string, start: number): number {
  for (let index = start + 1; index < text.length; index += 1) {
    const char = text[index];
    if (char === '\\') index += 1;
    else if (char === '"') return index;
  }
  return text.length;
}
