// Not a test: makes the README's screenshot and docs/crash-chain-*.png, a sequence of
// stills of a crash travelling a chain of links, from the real page in Debian's headless
// Chromium (the browser tests' flags and copy of playwright-core).
//
//   node tests/browser/stills.mjs [--dir build/wasm-release/web]
//
// The page runs a chain of four linked processes whose last one raises; once the crash
// has gone up the chain, the page is paused and stepped back, one click on Step back at a
// time, and every step where a process of the chain comes back to life is kept; the stills
// are those steps in the run's order (each crash as it happens). The README's screenshot is
// the middle of the crash.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const i = process.argv.indexOf('--dir');
const webDir = resolve(i > 0 ? process.argv[i + 1] : join(root, 'build/wasm-release/web'));
const docs = join(root, 'docs');
const flags = ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist', '--disable-quic', '--no-first-run'];
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

// Each link waits for ever; the last raises after a moment, and the exit signals travel
// back up the links (none traps exits), one process at a time.
const program = [
  'defmodule Chain do',
  '  def link(0), do: (Process.sleep(300); raise "the end of the chain")',
  '  def link(n), do: (spawn_link(fn -> link(n - 1) end); Process.sleep(:infinity))',
  'end',
  'spawn(fn -> Chain.link(3) end)',
];

const server = await new Promise((ok, fail) => {
  const p = spawn('python3', [join(root, 'scripts/serve'), webDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'ignore'] });
  let out = '';
  p.stdout.on('data', (c) => {
    out += c;
    const m = out.match(/http:\/\/127\.0\.0\.1:\d+\//);
    if (m) ok({ url: m[0], close: () => p.kill() });
  });
  p.on('exit', (code) => fail(new Error(`scripts/serve exited (${code})`)));
});
const profile = mkdtempSync(join(tmpdir(), 'taskplay-stills-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium', headless: true, args: flags, viewport: { width: 1280, height: 960 },
  colorScheme: 'dark',
});
try {
  const page = await context.newPage();
  await page.goto(server.url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.taskplay && window.taskplay.ready, null, { timeout: 30000 });
  const state = () => page.evaluate(() => window.taskplay.state());
  const click = async (name, away = true) => {
    const w = await page.evaluate((n) => window.taskplay.widgets[n], name);
    await page.mouse.click(w.x + w.w / 2, w.y + w.h / 2);
    await sleep(150);
    if (away) await page.mouse.move(1270, 955);  // no tooltip over the stills
    await sleep(250);
  };
  const until = async (what, pred, ms = 20000) => {
    const end = Date.now() + ms;
    let s;
    while (Date.now() < end) {
      s = await state();
      if (pred(s)) return s;
      await sleep(100);
    }
    throw new Error(`timed out: ${what}: ${JSON.stringify(s.processes.map((p) => [p.pid, p.kind, p.alive]))} ${s.console.map((l) => l.text).slice(-6).join(' | ')}`);
  };
  await sleep(1000);
  await click('shell.input', false);
  for (const line of program) {
    await page.keyboard.type(line, { delay: 20 });
    await page.keyboard.press('Enter');
    await sleep(300);
  }
  const chain = (s) => s.processes.filter((p) => p.kind !== 'shell' && p.pid !== s.shell.pid);
  await until('the chain to crash', (s) => chain(s).length === 4 && chain(s).every((p) => !p.alive));
  await click('controls.pause');
  await until('paused', (s) => s.paused);
  // back, a step at a time, keeping each step where one more link is alive
  const stills = [];
  let s = await state();
  let alive = chain(s).filter((p) => p.alive).length;
  for (let n = 1; alive < 4 && n < 200; ++n) {
    const target = s.travel.target_step;
    await click('controls.step_back');
    s = await until('a step back', (t) => t.travel.target_step < target && t.travel.rebuilding === null);
    const now = chain(s).filter((p) => p.alive).length;
    if (now !== alive) {
      // the step after this one is where a link died: show that one (stepping forward)
      await click('controls.step');
      await until('a step forward', (t) => t.travel.target_step === target && t.travel.rebuilding === null);
      await sleep(400);
      const file = join(tmpdir(), `taskplay-still-${stills.length}.png`);
      await page.screenshot({ path: file });
      stills.push({ alive, file });
      await click('controls.step_back');
      s = await until('back again', (t) => t.travel.target_step < target && t.travel.rebuilding === null);
      alive = now;
    }
  }
  // and before the first death: every link alive, the last about to raise
  await sleep(400);
  await page.screenshot({ path: join(tmpdir(), `taskplay-still-${stills.length}.png`) });
  stills.push({ alive, file: join(tmpdir(), `taskplay-still-${stills.length}.png`) });
  stills.reverse();
  // the stills, in the run's order, at 2/3 of their size (the text stays readable), in 96
  // colours (a UI has few; the files are a third the size)
  stills.forEach((still, k) => {
    execFileSync('convert', [still.file, '-resize', '67%', '-colors', '96', '-strip', join(docs, `crash-chain-${k + 1}.png`)]);
    console.log(`docs/crash-chain-${k + 1}.png: ${4 - still.alive} of the chain's 4 links dead`);
  });
  const middle = stills[Math.floor(stills.length / 2)];
  execFileSync('convert', [middle.file, '-colors', '128', '-strip', join(docs, 'screenshot.png')]);
  console.log('docs/screenshot.png: the middle of the crash');
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
