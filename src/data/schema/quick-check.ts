import type { z } from 'zod';

/**
 * A yes-or-"ask zod" answer for one value: true only when the schema accepts the value and its output
 * would equal the value as given (no string trimmed, no key stripped), so the value itself can stand
 * for zod's output. False means "not sure": the value may be invalid, or valid only after zod's
 * changes, and zod must parse it to tell which and to name what is wrong.
 */
export type QuickCheck = (value: unknown) => boolean;

/**
 * Turns a zod schema into a quick check, built from the schema's own definition (its regexes, limits,
 * vocabularies and refinements), so the two cannot drift apart. zod 4 has a faster compiled parser,
 * but it builds its code with `new Function`, which the app's Content-Security-Policy forbids; this
 * builds plain closures instead. At 100k records it checks in a fraction of the time zod's
 * interpreter takes (docs/performance.md), and returns no copy of the records.
 *
 * Throws for a kind of schema or check it does not know, rather than guess: the unit test compiles the
 * contract's schemas, so a new kind shows up there first.
 */
export function compileQuickCheck(schema: z.ZodType): QuickCheck {
  return compileNode(schema as unknown as SchemaNode);
}

// The parts of zod 4's schema definitions read here (zod/v4/core). Kept loose on purpose: an unknown
// shape is refused by the switch below.
interface SchemaNode {
  _zod: { def: SchemaDef };
}
interface SchemaDef {
  type: string;
  checks?: CheckNode[];
  shape?: Record<string, SchemaNode>;
  catchall?: SchemaNode;
  element?: SchemaNode;
  options?: SchemaNode[];
  discriminator?: string;
  innerType?: SchemaNode;
  entries?: Record<string, string | number>;
  values?: unknown[];
  keyType?: SchemaNode;
  valueType?: SchemaNode;
  partial?: boolean;
  coerce?: boolean;
}
interface CheckNode {
  _zod: { def: CheckDef };
}
interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  tx?: (value: unknown) => unknown;
  fn?: (value: unknown) => unknown;
  when?: unknown;
}

function compileNode(node: SchemaNode): QuickCheck {
  const def = node._zod.def;
  if (def.coerce === true) throw unsupported('coercion');
  const own = compileType(def);
  const checks = (def.checks ?? []).map((check) => compileCheck(check._zod.def));
  if (checks.length === 0) return own;
  return (value) => {
    if (!own(value)) return false;
    for (const check of checks) if (!check(value)) return false;
    return true;
  };
}

function compileType(def: SchemaDef): QuickCheck {
  switch (def.type) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'number':
      // zod 4 refuses NaN and the infinities.
      return (value) => typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'unknown':
      return () => true;
    case 'literal': {
      const values = new Set(def.values);
      return (value) => values.has(value);
    }
    case 'enum': {
      const values = new Set(Object.values(def.entries ?? {}));
      return (value) => values.has(value as string);
    }
    case 'optional': {
      // Absent keys are the object's business (see compileObject); a value given must be valid.
      const inner = compileNode(required(def.innerType));
      return (value) => value === undefined || inner(value);
    }
    case 'nullable': {
      const inner = compileNode(required(def.innerType));
      return (value) => value === null || inner(value);
    }
    case 'object':
      return compileObject(def);
    case 'array': {
      const element = compileNode(required(def.element));
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (let i = 0; i < value.length; i += 1) if (!element(value[i])) return false;
        return true;
      };
    }
    case 'union':
      return def.discriminator === undefined ? compileUnion(def) : compileDiscriminatedUnion(def);
    case 'record':
      return compileRecord(def);
    default:
      throw unsupported(`schemas of type "${def.type}"`);
  }
}

function compileCheck(def: CheckDef): QuickCheck {
  switch (def.check) {
    case 'string_format': {
      if (def.format !== 'regex' || def.pattern === undefined) throw unsupported(`format "${def.format}"`);
      const pattern = def.pattern;
      if (pattern.global || pattern.sticky) throw unsupported('a global or sticky pattern');
      return (value) => pattern.test(value as string);
    }
    case 'min_length': {
      const minimum = required(def.minimum);
      return (value) => (value as { length: number }).length >= minimum;
    }
    case 'max_length': {
      const maximum = required(def.maximum);
      return (value) => (value as { length: number }).length <= maximum;
    }
    case 'greater_than': {
      const bound = required(def.value);
      return def.inclusive === true
        ? (value) => (value as number) >= bound
        : (value) => (value as number) > bound;
    }
    case 'less_than': {
      const bound = required(def.value);
      return def.inclusive === true
        ? (value) => (value as number) <= bound
        : (value) => (value as number) < bound;
    }
    case 'overwrite': {
      // e.g. .trim(): the value is its own output only if the rewrite leaves it as it is.
      const tx = required(def.tx);
      return (value) => tx(value) === value;
    }
    case 'custom': {
      // A refinement: the schema author's own function. One that throws or is async is left to zod.
      const fn = required(def.fn);
      return (value) => {
        try {
          // zod passes a refinement whose function returns anything truthy but a promise.
          const verdict = fn(value);
          return !isThenable(verdict) && Boolean(verdict);
        } catch {
          return false;
        }
      };
    }
    default:
      throw unsupported(`checks of kind "${def.check}"`);
  }
}

function compileObject(def: SchemaDef): QuickCheck {
  const catchall = def.catchall?._zod.def.type;
  // A strict object (catchall never) refuses other keys; a plain one strips them, so the value with
  // them is not its own output either. A loose object (catchall unknown) keeps them as they are.
  if (catchall !== undefined && catchall !== 'never' && catchall !== 'unknown')
    throw unsupported(`objects with a "${catchall}" catchall`);
  const allowsOtherKeys = catchall === 'unknown';
  const fields = Object.entries(def.shape ?? {}).map(([key, schema]) => ({
    key,
    optional: schema._zod.def.type === 'optional',
    check: compileNode(schema),
  }));
  const known = new Set(fields.map((field) => field.key));
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const object = value as Record<string, unknown>;
    for (const field of fields) {
      const item = object[field.key];
      if (item === undefined) {
        if (!field.optional) return false;
      } else if (!field.check(item)) return false;
    }
    if (!allowsOtherKeys) for (const key in object) if (!known.has(key)) return false;
    return true;
  };
}

// zod takes the first option that accepts; the contract's unions (a number or a disputed figure)
// have options that no value satisfies twice, so any accepting option is that one.
function compileUnion(def: SchemaDef): QuickCheck {
  const options = required(def.options).map(compileNode);
  return (value) => options.some((option) => option(value));
}

function compileDiscriminatedUnion(def: SchemaDef): QuickCheck {
  const key = required(def.discriminator);
  const byValue = new Map<unknown, QuickCheck>();
  for (const option of required(def.options)) {
    const tag = option._zod.def.shape?.[key]?._zod.def;
    if (tag?.type !== 'literal') throw unsupported('a discriminator that is not a literal');
    const check = compileNode(option);
    for (const literal of tag.values ?? []) byValue.set(literal, check);
  }
  return (value) => {
    if (typeof value !== 'object' || value === null) return false;
    const check = byValue.get((value as Record<string, unknown>)[key]);
    return check !== undefined && check(value);
  };
}

function compileRecord(def: SchemaDef): QuickCheck {
  const keyDef = required(def.keyType)._zod.def;
  const keyCheck = compileNode(required(def.keyType));
  const valueCheck = compileNode(required(def.valueType));
  // A record keyed by a closed vocabulary needs every key unless it is partial.
  const everyKey =
    keyDef.type === 'enum' && def.partial !== true ? Object.values(keyDef.entries ?? {}).map(String) : [];
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const object = value as Record<string, unknown>;
    for (const key in object) {
      if (!Object.hasOwn(object, key) || !keyCheck(key) || !valueCheck(object[key])) return false;
    }
    for (const key of everyKey) if (!Object.hasOwn(object, key)) return false;
    return true;
  };
}

function isThenable(value: unknown): boolean {
  return (
    typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function'
  );
}

function required<T>(value: T | undefined): T {
  if (value === undefined) throw unsupported('a schema definition without an expected part');
  return value;
}

function unsupported(what: string): Error {
  return new Error(`compileQuickCheck does not know ${what}`);
}
