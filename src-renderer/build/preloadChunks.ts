import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * index.html names only the tiny entry; the UI is a dynamic import (see src/main.tsx), which the browser
 * would only start fetching once the entry has run. This adds `modulepreload` links for the chunk of
 * `moduleSuffix` and every chunk it statically imports, so they download while the HTML is parsed.
 */
export function preloadChunksOf(moduleSuffix: string): Plugin {
  let base = '/';
  return {
    name: 'mb-preload-chunks-of',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return html;
        const chunks = new Map<string, string[]>();
        let start: string | undefined;
        for (const output of Object.values(bundle)) {
          if (output.type !== 'chunk') continue;
          chunks.set(output.fileName, output.imports);
          if (output.facadeModuleId?.endsWith(moduleSuffix)) start = output.fileName;
        }
        if (start === undefined) throw new Error(`preloadChunksOf: no chunk for a module ending in ${moduleSuffix}`);
        const tags: HtmlTagDescriptor[] = [...staticClosure(start, chunks)]
          .filter((file) => !html.includes(file))
          .map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: base + file }, injectTo: 'head' }));
        return { html, tags };
      },
    },
  };
}

/** The chunk and every chunk reachable from it through static imports. */
function staticClosure(start: string, imports: Map<string, string[]>): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of imports.get(file) ?? []) visit(next);
  };
  visit(start);
  return seen;
}
