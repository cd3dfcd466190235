// The browser smoke test: serves the built page, drives Debian's Chromium through
// playwright-core (WebGL through SwiftShader, as docs/toolchain.md says), and checks that the
// page draws, keeps drawing, follows the window, and explains itself when it cannot run.
//
//   node tests/browser/smoke.test.mjs [--dir build/wasm-release/web] [--screenshot FILE]
//
// Prints one line per check and ends with "browser: N passed, M failed"; exits non-zero
// on any failure. Screenshots land in tests/artifacts/.
import { execFileSync } from 'node:child_process';
import { createReadStream, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');

// [SECTION] Options
function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}
const webDir = resolve(option('--dir', process.env.TASKPLAY_WEB_DIR || join(root, 'build/wasm-release/web')));
const artifacts = join(root, 'tests', 'artifacts');
const screenshot = resolve(option('--screenshot', join(artifacts, 'browser-smoke.png')));
const chromiumPath = option('--chromium', process.env.TASKPLAY_CHROMIUM || '/usr/bin/chromium');

// Exactly the flags docs/toolchain.md found to give headless Chromium working WebGL here.
const chromiumFlags = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// [SECTION] Checks
const results = [];
function check(name, ok, detail = '') {
  results.push({ name, ok });
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}${detail ? `  (${detail})` : ''}`);
  return ok;
}

// [SECTION] A static server for the page, on a free port of 127.0.0.1
const mime = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.json': 'application/json',
};
function serve(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = resolve(dir, '.' + (path.endsWith('/') ? path + 'index.html' : path));
    let size = -1;
    try {
      if (file === dir || file.startsWith(dir + sep)) size = statSync(file).isFile() ? statSync(file).size : -1;
    } catch {
      size = -1;
    }
    if (size < 0) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': mime[extname(file)] || 'application/octet-stream',
      'Content-Length': size,
      'Cache-Control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

// Distinct colours in a PNG (ImageMagick's `identify`, installed by scripts/setup):
// a canvas that drew nothing is one flat colour.
function colours(file) {
  try {
    return Number(execFileSync('identify', ['-format', '%k', file], { encoding: 'utf8' }));
  } catch {
    return NaN;
  }
}

// Brightness (0..1) of one pixel of a PNG.
function brightness(file, x, y) {
  try {
    return Number(execFileSync('convert', [file, '-crop', `1x1+${x}+${y}`, '-format', '%[fx:mean]', 'info:'],
                                { encoding: 'utf8' }));
  } catch {
    return NaN;
  }
}

// Opens `url` in a fresh page; collects console errors and uncaught exceptions.
async function open(context, url, { init } = {}) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`));
  if (init) await page.addInitScript(init);
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems };
}

const settled = () => window.taskplay && (window.taskplay.ready || window.taskplay.error);
const bridge = (page) => page.evaluate(() => ({ ...window.taskplay }));
const canvasSize = (page) =>
  page.evaluate(() => {
    const c = document.getElementById('canvas');
    return { w: c.width, h: c.height, cssW: innerWidth, cssH: innerHeight, dpr: devicePixelRatio };
  });

async function main() {
  const started = Date.now();
  try {
    statSync(join(webDir, 'index.html'));
  } catch {
    check(`the page is built (${webDir}/index.html)`, false, 'build the wasm-release preset first');
    return;
  }
  mkdirSync(dirname(screenshot), { recursive: true });
  const server = await serve(webDir);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const profile = mkdtempSync(join(tmpdir(), 'taskplay-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      args: chromiumFlags,
      viewport: { width: 1280, height: 800 },
      colorScheme: 'dark',
    });

    // 1. The page loads, draws its first frame, and keeps drawing.
    const { page, problems } = await open(context, url);
    await page.waitForFunction(settled, null, { timeout: 30000 }).catch(() => {});
    let state = await bridge(page);
    check('the first frame is drawn (window.taskplay.ready)', state.ready === true,
          state.error || `status ${state.status}`);
    check('the page reports the build version', /^\d+\.\d+\.\d+/.test(state.version || ''),
          `${state.version} ${state.revision}`);
    await page.waitForTimeout(3000);  // let SwiftShader settle before looking
    const before = state.frames;
    state = await bridge(page);
    check('frames keep coming', state.frames > before + 10,
          `${state.frames - before} frames in 3 s, ${Math.round(state.fps)} FPS`);
    const overlayGone = await page.evaluate(() => document.getElementById('overlay').classList.contains('gone'));
    check('the loading screen gives way to the canvas', overlayGone);
    await page.screenshot({ path: screenshot });
    const n = colours(screenshot);
    check('the screenshot shows a drawn panel, not a flat canvas', Number.isNaN(n) || n > 16,
          `${screenshot}, ${n} colours`);
    check('the page is titled "taskplay"', (await page.title()) === 'taskplay');

    // 2. The canvas follows the person's colour scheme (the screenshot above is dark).
    const lightShot = join(artifacts, 'browser-light.png');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.waitForTimeout(500);
    await page.screenshot({ path: lightShot });
    const dark = brightness(screenshot, 1200, 700);
    const light = brightness(lightShot, 1200, 700);
    check('the canvas follows prefers-color-scheme', dark < 0.2 && light > 0.8,
          `background brightness ${dark.toFixed(2)} dark, ${light.toFixed(2)} light`);

    // 3. The canvas follows the window, at the screen's pixel density.
    await page.setViewportSize({ width: 900, height: 600 });
    await page.waitForTimeout(500);
    let size = await canvasSize(page);
    check('the canvas follows a window resize', size.w === 900 && size.h === 600,
          `${size.w}x${size.h} for a ${size.cssW}x${size.cssH} window`);

    // The page answers eight WebGL state reads from its own copy (shell.html,
    // keepStateCopy). Each call that sets that state, made here between two frames, must
    // leave the copy saying what the context itself says.
    const copy = await page.evaluate(() => {
      const gl = document.getElementById('canvas').getContext('webgl2');
      const G = WebGL2RenderingContext;
      const names = ['VIEWPORT', 'SCISSOR_BOX', 'BLEND_SRC_RGB', 'BLEND_DST_RGB', 'BLEND_SRC_ALPHA',
                     'BLEND_DST_ALPHA', 'BLEND_EQUATION_RGB', 'BLEND_EQUATION_ALPHA'];
      const show = (v) => (v && v.length !== undefined ? Array.from(v).join(',') : String(v));
      const differ = [];
      const compare = (after) => {
        for (const n of names) {
          const mine = show(gl.getParameter(G[n])), real = show(G.prototype.getParameter.call(gl, G[n]));
          if (mine !== real) differ.push(`${n} after ${after}: ${mine} vs ${real}`);
        }
      };
      compare('the last frame');
      gl.viewport(1, 2, 30, 40);
      compare('viewport');
      gl.scissor(5, 6, 70, 80);
      compare('scissor');
      gl.blendFunc(G.ONE, G.ZERO);
      compare('blendFunc');
      gl.blendFuncSeparate(G.SRC_ALPHA, G.ONE_MINUS_SRC_ALPHA, G.ONE, G.ONE_MINUS_SRC_ALPHA);
      compare('blendFuncSeparate');
      gl.blendEquation(G.FUNC_SUBTRACT);
      compare('blendEquation');
      gl.blendEquationSeparate(G.FUNC_ADD, G.MAX);
      compare('blendEquationSeparate');
      gl.blendEquation(G.FUNC_ADD);  // the next frame sets the rest again
      return { used: gl.taskplayStateCopy === true, differ };
    });
    check('the WebGL state copy agrees with the context', copy.used && copy.differ.length === 0,
          copy.used ? copy.differ.slice(0, 3).join('; ') : 'the canvas context has no state copy');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride',
                   { width: 900, height: 600, deviceScaleFactor: 2, mobile: false });
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(settled, null, { timeout: 30000 }).catch(() => {});
    await page.waitForTimeout(500);
    size = await canvasSize(page);
    check('the canvas is high-DPI (devicePixelRatio 2)', size.dpr === 2 && size.w === 1800 && size.h === 1200,
          `${size.w}x${size.h} at devicePixelRatio ${size.dpr}`);
    await page.screenshot({ path: join(artifacts, 'browser-hidpi.png') });
    await cdp.detach();

    check('no console errors and no uncaught exceptions', problems.length === 0, problems.slice(0, 5).join('; '));
    await page.close();

    // 4. When the browser cannot run taskplay, the page says why (never a blank canvas).
    const explains = async (what, shot, options, expect) => {
      const { page: p } = await open(context, url, options);
      await p.waitForFunction(settled, null, { timeout: 15000 }).catch(() => {});
      const s = await bridge(p);
      const visible = await p.evaluate(() => !document.getElementById('problem').hidden &&
                                             document.getElementById('problem-title').textContent);
      await p.screenshot({ path: join(artifacts, shot) });
      check(`without ${what} the page explains the problem`, !s.ready && expect.test(visible || ''),
            visible || s.error || 'no message');
      await p.close();
    };
    await explains('WebGL 2', 'browser-no-webgl.png', {
      init: () => {
        const get = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
          return kind === 'webgl2' ? null : get.call(this, kind, ...rest);
        };
      },
    }, /WebGL 2/);
    await explains('WebAssembly', 'browser-no-wasm.png', { init: () => { delete window.WebAssembly; } },
                   /WebAssembly/);
    await context.route('**/index.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await explains('its .wasm file', 'browser-no-module.png', {}, /could not be loaded/);
    await context.unroute('**/index.wasm');
  } catch (error) {
    check('the browser test ran to the end', false, error.message.split('\n')[0]);
  } finally {
    if (context) await context.close().catch(() => {});
    server.close();
    rmSync(profile, { recursive: true, force: true });
    console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
}

// A hung browser must not hang CI: give the whole test two minutes.
const watchdog = setTimeout(() => {
  check('the browser test finished within 120 s', false);
  console.log('browser: 0 passed, 1 failed');
  process.exit(1);
}, 120000);
await main();
clearTimeout(watchdog);
const failed = results.filter((r) => !r.ok).length;
console.log(`browser: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 && results.length > 0 ? 0 : 1);
