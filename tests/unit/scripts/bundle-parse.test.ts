// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  chunkName,
  readChunkImports,
  readPageAssets,
  resolveAsset,
} from '../../../scripts/bundle-budgets/parse-build';

describe('readPageAssets', () => {
  it('reads module scripts, module preloads and stylesheets as paths in dist/', () => {
    const html = `<head>
      <link rel="icon" href="./favicon.svg" type="image/svg+xml" />
      <script type="module" crossorigin src="./assets/index-Ab12Cd34.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/vendor-Ef56Gh78.js">
      <link rel='stylesheet' crossorigin href='/assets/index-Ij90Kl12.css?v=1'>
    </head>`;
    expect(readPageAssets(html, 'index.html')).toEqual({
      scripts: ['assets/index-Ab12Cd34.js', 'assets/vendor-Ef56Gh78.js'],
      stylesheets: ['assets/index-Ij90Kl12.css'],
    });
  });

  it('resolves a page in a sub-folder and refuses files from elsewhere', () => {
    expect(resolveAsset('embed/index.html', '../assets/a.js')).toBe('assets/a.js');
    expect(() => resolveAsset('index.html', 'https://cdn.example.org/a.js')).toThrow(/from elsewhere/);
    expect(() => resolveAsset('index.html', '//cdn.example.org/a.js')).toThrow(/from elsewhere/);
  });
});

describe('readChunkImports', () => {
  it('tells static imports from lazy ones in minified output', () => {
    const code =
      'import{t as e,n as $r}from"./vendor-Ef56Gh78.js";import"./side-effect-Mn34Op56.js";' +
      'export*from"../lib/shared-Qr78St90.js";' +
      'const m=()=>s(()=>import(`./CooperationMap-Uv12Wx34.js`),__vite__mapDeps([0,1]));' +
      'const c=()=>import("./ChartGallery-Yz56Ab78.js");';
    expect(readChunkImports(code, 'assets/index-Ab12Cd34.js')).toEqual({
      imports: ['assets/vendor-Ef56Gh78.js', 'assets/side-effect-Mn34Op56.js', 'lib/shared-Qr78St90.js'],
      dynamicImports: ['assets/CooperationMap-Uv12Wx34.js', 'assets/ChartGallery-Yz56Ab78.js'],
    });
  });

  it("counts a worker's script as loaded on demand (only a large file starts it), but not other files it names", () => {
    const code =
      'let n=new Worker(new URL(new URL(`dataset-worker-Dmhh5FZh.js`,import.meta.url).href,``+import.meta.url),{type:`module`});' +
      'const w=new URL(`countries-110m-B3KlhDC_.json`,import.meta.url).href;';
    expect(readChunkImports(code, 'assets/main-Ab12Cd34.js')).toEqual({
      imports: [],
      dynamicImports: ['assets/dataset-worker-Dmhh5FZh.js'],
    });
  });
});

describe('chunkName', () => {
  it("drops Vite's 8-character hash, which may contain - and _", () => {
    expect(chunkName('assets/CooperationMap-CtoYIGBX.js')).toBe('CooperationMap');
    expect(chunkName('assets/react-dom-a_B-1234.js')).toBe('react-dom');
    expect(chunkName('assets/index-CqQlM6PD.css')).toBe('index');
  });
});
