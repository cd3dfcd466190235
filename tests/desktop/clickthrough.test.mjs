// The playground's acceptance click-through on the desktop app, under a virtual X server:
// the same scenarios as the browser (tests/browser/clickthrough.mjs), with real X mouse
// clicks and key presses (xdotool) where the app says its widgets are (--bridge FILE).
//
//   xvfb-run -a -s "-screen 0 1280x800x24" node tests/desktop/clickthrough.test.mjs \
//       [--app build/native-debug/ui/taskplay-desktop] [--only NAME]
//
// (tests/desktop/clickthrough.sh does the xvfb-run.) One line per check, then
// "desktop: N passed, M failed"; screenshots land in tests/artifacts/desktop-*.png.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { runAll, sleep } from '../browser/clickthrough.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}
const app = resolve(option('--app', join(root, 'build/native-debug/ui/taskplay-desktop')));
const only = option('--only', '');
const artifacts = join(root, 'tests', 'artifacts');
const work = mkdtempSync(join(tmpdir(), 'taskplay-desktop-'));

const results = [];
function check(name, ok, detail = '') {
  results.push({ name, ok });
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}${detail ? `  (${detail})` : ''}`);
}

const xdotool = (...args) => execFileSync('xdotool', args.map(String), { stdio: 'ignore' });

// [SECTION] The driver: one running app, its bridge file, the X server's mouse and keys
class AppDriver {
  static opened = 0;

  constructor(name, args = []) {
    this.bridge = join(work, `${name}.json`);
    this.output = '';
    this.proc = spawn(app, ['--bridge', this.bridge, '--max-fps', '60', ...args],
                      { stdio: ['ignore', 'pipe', 'pipe'] });
    this.proc.stdout.on('data', (d) => (this.output += d));
    this.proc.stderr.on('data', (d) => (this.output += d));
    this.exited = false;
    this.proc.on('exit', () => (this.exited = true));
  }

  read() {
    try {
      return JSON.parse(readFileSync(this.bridge, 'utf8'));
    } catch {
      return null;  // not written yet
    }
  }

  async ready(timeoutMs = 30000) {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (this.exited) throw new Error(`taskplay-desktop exited: ${this.output.slice(-400)}`);
      const b = this.read();
      if (b && b.frames > 2) return b;
      await sleep(100);
    }
    throw new Error('taskplay-desktop drew no frame');
  }

  async state() {
    const b = this.read();
    return b ? b.state : null;
  }

  // Resolves once the app has drawn `n` more frames (so it has seen what was sent). On a
  // machine loaded by the other checks frames can come seconds apart: the wait is for
  // frames, giving up only after 30 s (5 s let a click aim at the layout before the last
  // click's, and a launch ran with the previous "how": CI at f34ce93).
  async frames(n, timeoutMs = 30000) {
    const start = this.read()?.frames ?? 0;
    const until = Date.now() + timeoutMs;
    while (Date.now() < until && (this.read()?.frames ?? 0) < start + n) await sleep(20);
  }

  async click(name, timeoutMs = 20000) {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      const b = this.read();
      const w = b && b.widgets[name];
      if (w && w.offscreen) {
        // scrolled out of its panel: wheel the panel toward it, as a person would, one
        // notch at a time, looking again only once the app has drawn it (on a slow
        // machine, notches sent ahead of the frames overshoot back and forth)
        // (no --sync: xdotool waits for the pointer to move, forever if it is there already)
        xdotool('mousemove', Math.round(b.window.x + w.x + w.w / 2), Math.round(b.window.y + w.y + w.h / 2));
        await sleep(40);
        xdotool('click', w.offscreen > 0 ? 5 : 4);
        await this.frames(3);
        continue;
      }
      if (w && w.w > 2 && w.h > 2) {
        // where the app drew it in two frames running (a layout still settling moves it)
        await this.frames(1);
        const again = this.read()?.widgets[name];
        if (!again || again.x !== w.x || again.y !== w.y || again.w !== w.w || again.h !== w.h) continue;
        const x = Math.round(b.window.x + w.x + w.w / 2), y = Math.round(b.window.y + w.y + w.h / 2);
        xdotool('mousemove', x, y);
        await sleep(60);
        xdotool('click', 1);
        await sleep(150);
        await this.frames(3);  // the click seen and the new layout drawn (see the browser's)
        return;
      }
      await sleep(50);
    }
    throw new Error(`the app never drew a widget called "${name}"`);
  }

  async type(text) {
    xdotool('type', '--delay', 30, text);
    await sleep(100);
  }

  async press(key) {
    xdotool('key', key === 'Enter' ? 'Return' : key);
    await sleep(150);
    await this.frames(3);
  }

  async screenshot(name) {
    execFileSync('import', ['-window', 'root', join(artifacts, `desktop-${name}.png`)]);
  }

  async openShared() {
    const m = this.output.match(/share link (#r=\S+)/g);
    if (!m) throw new Error(`the app printed no share link: ${this.output.slice(-300)}`);
    return this.openLink(m[m.length - 1].replace('share link ', ''));
  }

  lastLink() {
    const m = this.output.match(/share link (#r=\S+)/g);
    return m ? m[m.length - 1].replace('share link ', '') : '';
  }

  async openLink(link) {
    const other = new AppDriver(`shared${++AppDriver.opened}`, ['--share', link]);
    await other.ready();
    other.close = async () => {
      await other.stop();
      // Xvfb has no window manager: the keyboard went to the other window, and with it
      // gone, to no window; give it back to this one
      try {
        const windows = execFileSync('xdotool', ['search', '--pid', String(this.proc.pid)]).toString();
        for (const w of windows.trim().split('\n')) {
          try {
            execFileSync('xdotool', ['windowfocus', w], { stdio: 'ignore' });
          } catch {
            // not a window that takes the keyboard
          }
        }
      } catch {
        // no window found: the next click will tell
      }
      await sleep(150);
    };
    return other;
  }

  async stop() {
    if (!this.exited) this.proc.kill();
    await sleep(200);
  }
}

async function main() {
  mkdirSync(artifacts, { recursive: true });
  const d = new AppDriver('main');
  try {
    const t0 = Date.now();
    await d.ready();
    check('the desktop app draws its first frames', true, `${Date.now() - t0} ms`);
    await runAll(d, check, only);
  } catch (error) {
    check('the desktop click-through ran to the end', false, error.message.split('\n')[0]);
  } finally {
    await d.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

const watchdog = setTimeout(() => {
  check('the desktop click-through finished within 300 s', false);
  console.log(`desktop: ${results.filter((r) => r.ok).length} passed, ${results.filter((r) => !r.ok).length} failed`);
  process.exit(1);
}, 300000);
await main();
clearTimeout(watchdog);
const failed = results.filter((r) => !r.ok).length;
console.log(`desktop: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 && results.length > 0 ? 0 : 1);
