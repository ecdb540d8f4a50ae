// The properties that decide how a chart looks once its page's style sheets are gone. They are
// written as SVG presentation attributes (not style=""), so the file needs no CSS at all.
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

// Not inherited: written only where they change something.
const NOT_INHERITED: Record<string, string> = { opacity: '1', display: 'inline' };

type ComputedStyleOf = (element: Element) => CSSStyleDeclaration;

/**
 * Copies the computed look of `original` (an element in the page) onto `copy` (its deep clone),
 * element by element. An inherited property is written where its value differs from the
 * parent's, so the file stays small while every element renders as it did on the page.
 */
export function inlineComputedStyles(
  original: Element,
  copy: Element,
  computedStyleOf: ComputedStyleOf = (element) => getComputedStyle(element),
): void {
  walk(original, copy, null, computedStyleOf);
}

function walk(
  original: Element,
  copy: Element,
  parentStyle: CSSStyleDeclaration | null,
  computedStyleOf: ComputedStyleOf,
): void {
  const style = computedStyleOf(original);
  for (const property of INHERITED) {
    const value = style.getPropertyValue(property).trim();
    if (value === '') continue;
    if (parentStyle !== null && parentStyle.getPropertyValue(property).trim() === value) continue;
    copy.setAttribute(property, value);
  }
  for (const [property, initial] of Object.entries(NOT_INHERITED)) {
    const value = style.getPropertyValue(property).trim();
    if (value !== '' && value !== initial && !(property === 'display' && value !== 'none')) {
      copy.setAttribute(property, value);
    }
  }
  const originals = original.children;
  const copies = copy.children;
  for (let index = 0; index < originals.length && index < copies.length; index += 1) {
    walk(originals[index]!, copies[index]!, style, computedStyleOf);
  }
}
