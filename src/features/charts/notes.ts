/** Sentences joined into one paragraph, leaving out those that do not apply (empty). */
export function sentences(...parts: (string | false | null | undefined)[]): string {
  return parts.filter((part): part is string => typeof part === 'string' && part !== '').join(' ');
}
