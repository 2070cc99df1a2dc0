import { describe, expect, it } from 'vitest';
import type { HtmlTagDescriptor, IndexHtmlTransformContext, ResolvedConfig } from 'vite';
import { preloadChunksOf } from '../../src-renderer/build/preloadChunks';

type Handler = (html: string, context: IndexHtmlTransformContext) => { html: string; tags: HtmlTagDescriptor[] } | string;

function chunk(fileName: string, imports: string[], facadeModuleId: string | null = null) {
  return { type: 'chunk', fileName, imports, facadeModuleId };
}

/** Runs the plugin's index.html hook on a made-up bundle, as Vite does after a build. */
function transform(moduleSuffix: string, html: string, chunks: ReturnType<typeof chunk>[]) {
  const plugin = preloadChunksOf(moduleSuffix);
  (plugin.configResolved as (config: Pick<ResolvedConfig, 'base'>) => void)({ base: './' });
  const bundle = Object.fromEntries(chunks.map((c) => [c.fileName, c]));
  const { handler } = plugin.transformIndexHtml as { handler: Handler };
  return handler(html, { path: '/index.html', filename: 'index.html', bundle } as unknown as IndexHtmlTransformContext);
}

const CHUNKS = [
  chunk('assets/index.js', ['assets/runtime.js'], '/app/src/main.tsx'),
  chunk('assets/mount.js', ['assets/react.js', 'assets/mui.js'], '/app/src/boot/mount.tsx'),
  chunk('assets/mui.js', ['assets/react.js', 'assets/runtime.js']),
  chunk('assets/react.js', []),
  chunk('assets/runtime.js', []),
  chunk('assets/dashboard.js', ['assets/charts.js']),
  chunk('assets/charts.js', []),
];

describe('preloading the UI chunk from index.html', () => {
  it('links the chunk and everything it imports statically, once, and nothing else', () => {
    const html = '<script type="module" src="./assets/index.js"></script><link rel="modulepreload" href="./assets/runtime.js">';
    const result = transform('/src/boot/mount.tsx', html, CHUNKS);
    if (typeof result === 'string') throw new Error('expected tags');
    expect(result.tags.map((tag) => tag.attrs?.href).sort()).toEqual(['./assets/mount.js', './assets/mui.js', './assets/react.js']);
    expect(result.tags.every((tag) => tag.attrs?.rel === 'modulepreload' && tag.injectTo === 'head')).toBe(true);
  });

  it('fails the build when the module is not in the bundle, rather than shipping a slow start', () => {
    expect(() => transform('/src/boot/missing.tsx', '', CHUNKS)).toThrow(/no chunk for a module ending in/);
  });
});
