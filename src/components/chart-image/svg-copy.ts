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

// Not inherited, so written only where they differ from their initial value.
const OPACITY_INITIAL = '1';

// Nothing in a picture needs these, and none may travel into a file someone else opens.
const SKIPPED_ELEMENTS = new Set(['script', 'foreignObject', 'iframe', 'style']);
// Inline style (see below), namespace declarations (the serialiser writes its own) and focus
// order, which means nothing in a picture.
const SKIPPED_ATTRIBUTES = new Set(['style', 'xmlns', 'tabindex']);

export type ComputedStyleOf = (element: Element) => CSSStyleDeclaration;

/**
 * A copy of a chart's <svg>, element by element, with how each element looks on the page (its
 * computed style) written on as presentation attributes. Not cloneNode: a clone would carry the
 * style="" attributes React set through the CSSOM, and setting those on a new element is inline
 * style that the app's CSP blocks (and reports). Scripts, event handlers and foreign objects are
 * left out. An inherited property is written only where it differs from the parent's value, so the
 * file stays small.
 */
export function copySvgWithStyles(original: Element, target: Document, styleOf: ComputedStyleOf): Element {
  return copyElement(original, target, styleOf, null)!;
}

function copyElement(
  original: Element,
  target: Document,
  styleOf: ComputedStyleOf,
  parentStyle: CSSStyleDeclaration | null,
): Element | null {
  if (SKIPPED_ELEMENTS.has(original.localName)) return null;
  const copy = target.createElementNS(original.namespaceURI, original.localName);
  for (const attribute of original.attributes) {
    const name = attribute.name.toLowerCase();
    if (SKIPPED_ATTRIBUTES.has(name) || name.startsWith('on') || name.startsWith('xmlns:')) continue;
    copy.setAttributeNS(attribute.namespaceURI, attribute.name, attribute.value);
  }

  const style = styleOf(original);
  for (const property of INHERITED) {
    const value = style.getPropertyValue(property).trim();
    if (value === '') continue;
    if (parentStyle !== null && parentStyle.getPropertyValue(property).trim() === value) continue;
    copy.setAttribute(property, value);
  }
  const opacity = style.getPropertyValue('opacity').trim();
  if (opacity !== '' && opacity !== OPACITY_INITIAL) copy.setAttribute('opacity', opacity);
  if (style.getPropertyValue('display').trim() === 'none') copy.setAttribute('display', 'none');

  for (const child of original.childNodes) {
    if (child.nodeType === child.TEXT_NODE) {
      copy.append(target.createTextNode(child.textContent ?? ''));
    } else if (child.nodeType === child.ELEMENT_NODE) {
      const childCopy = copyElement(child as Element, target, styleOf, style);
      if (childCopy !== null) copy.append(childCopy);
    }
  }
  return copy;
}
