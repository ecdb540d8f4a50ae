import type { Build } from './read-build';

/** A set of files and what they weigh together, gzipped. */
export interface Weighed {
  files: string[];
  gzipBytes: number;
}

/** What a page loads before the reader does anything. */
export interface InitialLoad {
  route: string;
  html: string;
  js: Weighed;
  css: Weighed;
}

/** What opening a lazy chunk adds to what the page already loaded. */
export interface LazyLoad {
  route: string;
  name: string;
  file: string;
  js: Weighed;
  /** Undefined when the build does not say which CSS a chunk brings (no manifest). */
  css: Weighed | undefined;
}

export interface RouteLoads {
  initial: InitialLoad;
  lazy: LazyLoad[];
}

/**
 * The initial load of a page (its scripts and everything they import statically, its stylesheets)
 * and, for each chunk it can load lazily, what that chunk adds on top. A chunk shared by two lazy
 * chunks counts in both: each is measured as if opened first.
 */
export function measureRoute(build: Build, route: string, html: string): RouteLoads {
  const page = build.page(html);
  const initialJs = closure(build, page.scripts);
  const initialCss = new Set(page.stylesheets);
  for (const file of initialJs) for (const css of build.links(file).css ?? []) initialCss.add(css);
  const initial: InitialLoad = { route, html, js: weigh(build, initialJs), css: weigh(build, initialCss) };

  const lazy: LazyLoad[] = [];
  const queue = [...initialJs].flatMap((file) => build.links(file).dynamicImports);
  const seen = new Set<string>();
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file) || initialJs.has(file)) continue;
    seen.add(file);
    const files = closure(build, [file]);
    const added = [...files].filter((chunk) => !initialJs.has(chunk));
    const cssLists = added.map((chunk) => build.links(chunk).css);
    const css = cssLists.some((list) => list === undefined)
      ? undefined
      : weigh(
          build,
          new Set(cssLists.flatMap((list) => list ?? []).filter((sheet) => !initialCss.has(sheet))),
        );
    lazy.push({ route, name: build.name(file), file, js: weigh(build, added), css });
    for (const chunk of added) queue.push(...build.links(chunk).dynamicImports);
  }
  return { initial, lazy };
}

/** The files and everything they import statically, transitively. */
function closure(build: Build, start: readonly string[]): Set<string> {
  const files = new Set<string>();
  const stack = [...start];
  for (let file = stack.pop(); file !== undefined; file = stack.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    stack.push(...build.links(file).imports);
  }
  return files;
}

function weigh(build: Build, files: Iterable<string>): Weighed {
  const list = [...files].sort();
  return { files: list, gzipBytes: list.reduce((sum, file) => sum + build.gzipBytes(file), 0) };
}
