// The playground's acceptance click-through, written once for every front end: each
// scenario gets a driver that clicks the real widgets with the real mouse (the page's
// window.taskplay.widgets, the desktop app's --bridge file), types on the real keyboard,
// and reads what happened from the state (window.taskplay.state(), the bridge file).
//
//   driver.click(name)          click the middle of the named widget (waits for it)
//   driver.clickAt(name, fx)    click the widget at fx of its width (0 left, 1 right)
//   driver.type(text)           type on the keyboard; driver.press("Enter")
//   driver.state()              the state JSON (ui/state_json.cpp)
//   driver.screenshot(name)     tests/artifacts/<front end>-<name>.png
//   driver.openShared()         a second instance opened from the last share link;
//                               returns its driver (close() it)
//   driver.lastLink()           the last share link made (the page's address)
//   driver.openLink(link)       a second instance opened from any link (close() it)
//
// Every scenario starts from Reset and says what real Elixir 1.14 does
// (docs/semantics.md).

import { deflateSync, inflateSync } from 'node:zlib';

export class Failure extends Error {}

// [SECTION] Helpers

export async function waitFor(driver, what, predicate, timeoutMs = 15000) {
  const until = Date.now() + timeoutMs;
  let last;
  while (Date.now() < until) {
    last = await driver.state();
    try {
      if (last && predicate(last)) return last;
    } catch {
      // a partial state: try again
    }
    await sleep(100);
  }
  throw new Failure(`timed out waiting for ${what}` + describe(last));
}

export function sleep(ms) {
  return new Promise((ok) => setTimeout(ok, ms));
}

function describe(state) {
  if (!state) return ' (no state)';
  const console = (state.console || []).slice(-8).map((l) => `${l.prompt}${l.text}`).join(' | ');
  return ` (shell ${state.shell?.pid}, console: ${console})`;
}

const inputs = (s) => s.console.filter((l) => l.kind === 'input').map((l) => l.text);
const lines = (s) => s.console.map((l) => l.text);
const taskProcs = (s) => s.processes.filter((p) => p.kind === 'Task');

async function reset(d) {
  await d.click('controls.reset');
  return waitFor(d, 'a fresh runtime after Reset', (s) => s.console.length === 0 && s.process_count === 1 && !s.paused);
}

// [SECTION] Scenarios

export const scenarios = [
  {
    name: 'Task.async(fn -> Fib.of(20) end), then await: the console shows 6765',
    shot: 'async-await',
    async run(d) {
      await reset(d);
      await d.click('launch.workload.fib');
      await d.click('launch.how.task_async');
      await d.click('launch.run');
      let s = await waitFor(d, 'task1 bound to a %Task{}', (s) => (s.shell.bindings.task1 || '').startsWith('%Task{'));
      if (!inputs(s).includes('task1 = Task.async(fn -> Fib.of(20) end)'))
        throw new Failure(`the console does not show the line that ran: ${inputs(s)}`);
      await d.click('shell.task.task1.await');
      s = await waitFor(d, '6765 in the console', (s) => lines(s).includes('6765'));
      if (!inputs(s).includes('Task.await(task1, 5000)')) throw new Failure(`no await line: ${inputs(s)}`);
      return `console: ${inputs(s).join(' / ')} -> 6765`;
    },
  },
  {
    name: 'an async task raises: the shell dies with the task\'s reason and a new shell appears',
    shot: 'async-raise',
    async run(d) {
      const before = await reset(d);
      const oldPid = before.shell.pid;
      await d.click('launch.workload.raise');
      await d.click('launch.how.task_async');
      await d.click('launch.run');
      const s = await waitFor(d, 'a new shell', (s) => s.shell.generation === 1 && s.shell.pid !== oldPid);
      const exit = s.console.findIndex((l) => l.text.startsWith(`** (EXIT from ${oldPid}) shell process exited with reason: an exception was raised:`));
      if (exit < 0 || !s.console[exit + 1].text.includes('** (RuntimeError) boom'))
        throw new Failure(`no iex EXIT message with the task's reason: ${lines(s).join(' | ')}`);
      // as in iex: Logger's report of the task's crash, then the shell's EXIT line
      const report = s.console.findIndex((l) => l.text.startsWith('[error] Task #PID<'));
      if (report < 0 || report > exit)
        throw new Failure(`the task's crash report is not printed before the EXIT line: ${lines(s).join(' | ')}`);
      const shell = s.processes.find((p) => p.pid === oldPid);
      const task = taskProcs(s)[0];
      if (!shell || shell.alive || !/RuntimeError.*boom/.test(shell.reason))
        throw new Failure(`the old shell's reason: ${shell && shell.reason}`);
      if (!task || task.alive || task.reason !== shell.reason)
        throw new Failure(`the task's reason ${task && task.reason} is not the shell's ${shell.reason}`);
      return `old shell ${oldPid} exited ${shell.reason.slice(0, 48)}...; new shell ${s.shell.pid}`;
    },
  },
  {
    name: 'the same with trap_exit on: {:EXIT, pid, reason} arrives in the mailbox and the shell lives',
    shot: 'trap-exit',
    async run(d) {
      const before = await reset(d);
      await d.click('shell.trap_exit');
      await waitFor(d, 'trap_exit on', (s) => s.shell.trap_exit === true);
      await d.click('launch.workload.raise');
      await d.click('launch.how.task_async');
      await d.click('launch.run');
      const s = await waitFor(d, 'an :EXIT message in the mailbox', (s) =>
        s.shell.mailbox.some((m) => m.startsWith('{:EXIT, #PID<') && m.includes('RuntimeError')));
      await sleep(300);
      const after = await d.state();
      if (after.shell.generation !== 0 || after.shell.pid !== before.shell.pid)
        throw new Failure('the shell died although it traps exits');
      return `mailbox: ${s.shell.mailbox[0].slice(0, 70)}...`;
    },
  },
  {
    name: 'a {Task, fn} child that crashes under a Supervisor is not restarted (restart: :temporary)',
    shot: 'supervisor-temporary',
    async run(d) {
      await reset(d);
      await d.click('launch.workload.crash_after');
      await d.click('launch.how.sup_task_child');
      await d.click('launch.restart.temporary');
      await d.click('launch.run');
      await waitFor(d, 'a supervisor with its Task child', (s) =>
        s.supervisors.length === 1 && s.supervisors[0].children.length === 1 && s.supervisors[0].children[0].restart === ':temporary');
      const s = await waitFor(d, 'the child to crash and be gone', (s) =>
        s.supervisors.length === 1 && s.supervisors[0].children.length === 0 && taskProcs(s).some((p) => !p.alive));
      await sleep(1500);  // time for a restart that must not happen
      const after = await d.state();
      const tasks = taskProcs(after);
      if (tasks.length !== 1) throw new Failure(`${tasks.length} Task processes: it was restarted`);
      if (after.supervisors.length !== 1 || after.supervisors[0].restarts_in_window !== 0)
        throw new Failure('the supervisor counted a restart');
      if (after.shell.generation !== 0) throw new Failure('the shell died');
      return `child ${tasks[0].pid} exited ${tasks[0].reason.slice(0, 40)}...; not restarted`;
    },
  },
  {
    name: 'a permanent child is restarted until the intensity is exceeded (3 in 5 s), then the supervisor exits :shutdown',
    shot: 'supervisor-permanent',
    async run(d) {
      const before = await reset(d);
      await d.click('launch.workload.crash_after');
      await d.click('launch.how.sup_task_child');
      await d.click('launch.restart.permanent');
      await d.click('launch.run');
      await waitFor(d, 'a restart', (s) => s.supervisors.length === 1 && s.supervisors[0].restarts_in_window >= 2, 15000);
      await d.screenshot('restarting');
      const s = await waitFor(d, 'the supervisor to give up and the shell to die with :shutdown', (s) =>
        s.shell.generation === 1, 20000);
      const sup = s.processes.find((p) => p.kind === 'Supervisor');
      if (!sup || sup.alive || sup.reason !== ':shutdown') throw new Failure(`the supervisor: ${sup && sup.reason}`);
      const started = taskProcs(s).length;
      if (started !== 4) throw new Failure(`${started} Task processes: expected the first and 3 restarts`);
      if (!lines(s).includes(`** (EXIT from ${before.shell.pid}) shell process exited with reason: shutdown`))
        throw new Failure(`no EXIT line for :shutdown: ${lines(s).slice(-12).join(' | ')}`);
      return `4 starts (3 restarts), supervisor ${sup.pid} exited :shutdown, the linked shell too`;
    },
  },
  {
    name: 'pause, then step: each step is one unit of the scheduler, and time stands still',
    shot: 'pause-step',
    async run(d) {
      await reset(d);
      await d.click('controls.pause');
      let s = await waitFor(d, 'paused', (s) => s.paused);
      await d.click('launch.workload.fib');
      await d.click('launch.how.task_async');
      await d.click('launch.run');
      await sleep(600);
      s = await d.state();
      if (s.console.some((l) => l.kind === 'output')) throw new Failure('the shell ran while paused');
      const t0 = s.time_us, steps0 = s.steps, events0 = s.events;
      await d.click('controls.step');
      s = await waitFor(d, 'one step', (s) => s.manual_steps === 1);
      if (s.steps !== steps0 + 1) throw new Failure(`${s.steps - steps0} steps for one click`);
      if (s.events <= events0) throw new Failure('the step did nothing');
      const events1 = s.events;
      await d.click('controls.step');
      s = await waitFor(d, 'a second step', (s) => s.manual_steps === 2);
      if (s.steps !== steps0 + 2) throw new Failure(`${s.steps - steps0} steps for two clicks`);
      await sleep(500);
      const still = await d.state();
      if (still.time_us !== s.time_us || still.steps !== s.steps) throw new Failure('time or steps moved while paused');
      const note = `${events1 - events0} then ${s.events - events1} events; the clock stayed at ${(t0 / 1000).toFixed(1)} ms`;
      await d.click('controls.pause');  // resume
      await waitFor(d, 'running again', (s) => !s.paused && (s.shell.bindings.task1 || '').startsWith('%Task{'));
      return note;
    },
  },
  {
    name: 'an endless loop typed in the shell: "stop the shell" kills it (iex\'s Ctrl+G, k) and a new shell takes over',
    shot: 'stop-shell',
    async run(d) {
      const before = await reset(d);
      const oldPid = before.shell.pid;
      await d.click('shell.input');
      await d.type('defmodule L do def f, do: f() end');
      await d.press('Enter');
      await waitFor(d, 'module L defined', (s) => !s.shell.busy && lines(s).some((l) => l.startsWith('{:module, L,')));
      await d.type('L.f()');
      await d.press('Enter');
      await waitFor(d, 'the shell busy with L.f()', (s) => s.shell.busy && inputs(s).includes('L.f()'));
      await sleep(500);
      const busy = await d.state();
      if (!busy.shell.busy || busy.shell.pid !== oldPid) throw new Failure('L.f() ended by itself');
      await d.click('shell.interrupt');
      let s = await waitFor(d, 'a new shell', (s) => s.shell.generation === 1 && s.shell.pid !== oldPid && !s.shell.busy);
      const exit = `** (EXIT from ${oldPid}) shell process exited with reason: killed`;
      if (!lines(s).includes(exit)) throw new Failure(`no "${exit}" in the console: ${lines(s).slice(-4).join(' | ')}`);
      const old = s.processes.find((p) => p.pid === oldPid);
      if (!old || old.alive || old.reason !== ':killed') throw new Failure(`the old shell's reason: ${old && old.reason}`);
      await d.click('shell.input');
      await d.type('1 + 1');
      await d.press('Enter');
      s = await waitFor(d, '2 from the new shell', (s) => lines(s).includes('2') && !s.shell.busy);
      return `${oldPid} killed; ${s.shell.pid} answers 1 + 1 = 2`;
    },
  },
  {
    name: 'time travel: an async task crashes the shell; step back to before, see that moment, continue with trap_exit on: the shell survives',
    shot: 'travel-async-raise',
    async run(d) {
      const before = await reset(d);
      const oldPid = before.shell.pid;
      // task1 = Task.async(fn -> Process.sleep(1000); raise "boom" end): the shell links
      // to the task and goes back to its prompt; a second later the task raises
      await d.click('launch.workload.crash_after');
      await d.click('launch.how.task_async');
      await d.click('launch.run');
      const crashed = await waitFor(d, 'the crash to kill the shell', (s) => s.shell.generation === 1, 20000);
      const task = taskProcs(crashed)[0];
      if (!task || task.alive) throw new Failure('no Task process that exited');
      await d.screenshot('travel-crashed');
      // step back, one click at a time, to where the shell lives and the task has not yet
      // raised (asleep in Process.sleep): nothing in the shell's mailbox yet
      const alive = (s) => s.travel.viewing_past && s.travel.rebuilding === null && s.shell.generation === 0 &&
        s.shell.pid === oldPid && s.processes.some((p) => p.pid === task.pid && p.alive && p.state === 'waiting');
      let s = await d.state();
      let clicks = 0;
      while (!alive(s)) {
        if (++clicks > 120) throw new Failure(`120 clicks on Step back and the shell is not alive yet: ${describe(s)}`);
        const target = s.travel.target_step;
        await d.click('controls.step_back');
        s = await waitFor(d, 'one step back', (t) => t.travel.target_step < target && t.travel.rebuilding === null);
      }
      // that moment, in every panel the test reads: the Processes table, the mailbox, the console
      const shell = s.processes.find((p) => p.pid === oldPid);
      if (!shell || !shell.alive) throw new Failure('the Processes table does not show the shell alive');
      if (s.shell.mailbox.length !== 0) throw new Failure(`the mailbox already holds ${s.shell.mailbox.join(', ')}`);
      if (lines(s).some((l) => l.startsWith('** (EXIT')) || lines(s).some((l) => l.startsWith('[error]')))
        throw new Failure(`the console shows the crash already: ${lines(s).slice(-4).join(' | ')}`);
      if (!inputs(s).some((l) => l.startsWith('task1 = Task.async(fn -> Process.sleep(1000); raise "boom" end)')))
        throw new Failure(`the console does not show the launch: ${inputs(s).join(' / ')}`);
      if (!(s.shell.bindings.task1 || '').startsWith('%Task{')) throw new Failure('task1 is not bound yet');
      await d.screenshot('travel-before-crash');
      const note = `${clicks} steps back: shell ${oldPid} alive, task ${task.pid} ${s.processes.find((p) => p.pid === task.pid).state}, mailbox empty`;
      // continue from there with trap_exit on (acting in the past forks the run)
      await d.click('shell.trap_exit');
      s = await waitFor(d, 'the :EXIT message in the shell\'s mailbox, the shell alive', (t) =>
        !t.travel.viewing_past && t.shell.generation === 0 && t.shell.pid === oldPid &&
        t.shell.mailbox.some((m) => m.startsWith(`{:EXIT, ${task.pid}, {%RuntimeError`) && m.includes("boom")), 20000);
      await sleep(300);
      const after = await d.state();
      if (after.shell.generation !== 0 || after.shell.pid !== oldPid) throw new Failure('the shell died after all');
      if (after.travel.branches !== 1) throw new Failure(`${after.travel.branches} branches: the crashed future is not kept`);
      await d.screenshot('travel-survived');
      return `${note}; with trap_exit on the shell lives: ${s.shell.mailbox[0].slice(0, 60)}...; the crash kept as a branch`;
    },
  },
  {
    name: 'a share link opened anew shows the very run its author saw (same events, times, console)',
    shot: 'share-link',
    async run(d) {
      await reset(d);
      await d.click('launch.workload.fib');
      await d.click('launch.how.task_async');
      await d.click('launch.run');
      await waitFor(d, 'task1', (s) => (s.shell.bindings.task1 || '').startsWith('%Task{'));
      await d.click('shell.task.task1.await');
      await waitFor(d, '6765', (s) => lines(s).includes('6765'));
      await d.click('shell.input');
      await d.type('x = 40 + 2');
      await d.press('Enter');
      await waitFor(d, '42', (s) => lines(s).includes('42'));
      return shareAndCompare(d, 'share-link-opened');
    },
  },
  {
    name: 'a share link of a run where "stop the shell" was pressed replays it exactly',
    shot: 'share-stop-shell',
    async run(d) {
      const before = await reset(d);
      await d.click('shell.input');
      await d.type('defmodule L do def f, do: f() end');
      await d.press('Enter');
      await waitFor(d, 'module L defined', (s) => !s.shell.busy && lines(s).some((l) => l.startsWith('{:module, L,')));
      await d.type('L.f()');
      await d.press('Enter');
      await waitFor(d, 'the shell busy with L.f()', (s) => s.shell.busy && inputs(s).includes('L.f()'));
      await sleep(300);
      await d.click('shell.interrupt');
      await waitFor(d, 'a new shell', (s) => s.shell.generation === 1 && s.shell.pid !== before.shell.pid && !s.shell.busy);
      await d.click('shell.input');
      await d.type('1 + 1');
      await d.press('Enter');
      await waitFor(d, '2', (s) => lines(s).includes('2') && !s.shell.busy);
      return shareAndCompare(d, 'share-stop-shell-opened');
    },
  },
  {
    name: 'the longest preset (task_child.exs), run and shared: the link replays it exactly; its size',
    shot: 'share-longest-preset',
    async run(d) {
      await reset(d);
      await d.click('controls.presets');
      await d.click('preset.3');
      await waitFor(d, 'the preset loaded', (s) => /Loaded task_child\.exs/.test(s.status));
      await waitFor(d, 'the preset to finish', (s) => !s.shell.busy && s.shell.queued.length === 0 && lines(s).some((l) => l.startsWith("%{active:")), 20000);
      await sleep(500);
      return shareAndCompare(d, 'share-longest-preset-opened');
    },
  },
  ...[['stack_server', 13, 'Stack', '[:hello]', ':function_clause', null],
      ['counter_restart', 14, 'Counter', '0', ':badarith', 'CounterSupervisor']].map(
    ([preset, index, module, fresh, error, supModule]) => ({
      name: `the ${preset}.exs preset: a ${module} GenServer under a supervisor, a bad call crashes it, the supervisor restarts it and its state starts over (${fresh})`,
      shot: `preset-${preset.replace('_', '-')}`,
      async run(d) {
        await reset(d);
        await d.click('controls.presets');
        await d.click(`preset.${index}`);
        await waitFor(d, 'the preset loaded', (s) => new RegExp(`Loaded ${preset}\\.exs`).test(s.status));
        const s = await waitFor(d, 'the preset to finish', (s) =>
          !s.shell.busy && s.shell.queued.length === 0 && lines(s).some((l) => l.startsWith('children:')), 20000);
        if (!lines(s).includes(`the call exited: ${error}`)) throw new Failure(`no exit ${error} in the console: ${lines(s).join(' | ')}`);
        const servers = s.processes.filter((p) => p.kind === module);
        const dead = servers.find((p) => !p.alive);
        const live = servers.find((p) => p.alive);
        if (!dead || !dead.reason.includes(error.slice(1)))
          throw new Failure(`no crashed ${module} with ${error}: ${JSON.stringify(servers)}`);
        if (!live || live.server_state !== fresh)
          throw new Failure(`the restarted ${module}'s state is not ${fresh}: ${JSON.stringify(live)}`);
        const sup = s.supervisors.find((x) => x.children.some((c) => c.pid === live.pid));
        if (!sup) throw new Failure(`no supervisor shows the restarted ${module}: ${JSON.stringify(s.supervisors)}`);
        if (sup.module !== supModule) throw new Failure(`the supervisor's module ${sup.module}, not ${supModule}`);
        if (sup.restarts_in_window !== 1) throw new Failure(`restarts used: ${sup.restarts_in_window}`);
        return `${module} ${dead.pid} exited ${dead.reason.slice(0, 40)}...; ${live.pid} restarted with state ${live.server_state}; supervisor ${sup.module || 'Supervisor'} ${sup.pid}, 1 restart used`;
      },
    })),
  {
    name: 'Explore on the race preset race_two_senders.exs: two endings, either message first, each with its replay token',
    shot: 'explore-two-senders',
    async run(d) {
      await reset(d);
      await d.click('controls.presets');
      await d.click('preset.15');
      await waitFor(d, 'the preset loaded', (s) => /Loaded race_two_senders\.exs/.test(s.status));
      await waitFor(d, 'the preset to finish', (s) =>
        !s.shell.busy && s.shell.queued.length === 0 && lines(s).some((l) => /^first [ab], then [ab]$/.test(l)), 20000);
      await d.click('tab.explore');
      await d.click('explore.run');
      const s = await waitFor(d, 'the exploration to finish', (s) => s.explore.state === 'done', 30000);
      await d.screenshot('explore-outcomes');
      const e = s.explore;
      if (e.program !== 'race_two_senders.exs' || !e.preset) throw new Failure(`explored ${e.program}, not the preset`);
      // tests/race_explorer.test.cpp: exactly these two endings, every schedule explored
      const outputs = e.outcomes.map((o) => o.output).sort();
      if (e.outcomes.length !== 2 || outputs.join('|') !== 'first a, then b\n|first b, then a\n')
        throw new Failure(`outcomes: ${JSON.stringify(e.outcomes)}`);
      if (!e.complete) throw new Failure(`cut short: ${e.cut_short}`);
      if (e.outcomes[0].token !== 'v1' || !/^v1(\.[0-9a-z]+-[0-9a-z]+)+$/.test(e.outcomes[1].token))
        throw new Failure(`tokens: ${e.outcomes.map((o) => o.token).join(', ')}`);
      if (!/ran where the default schedule ran/.test(e.outcomes[1].divergence))
        throw new Failure(`no divergence for the second outcome: ${JSON.stringify(e.outcomes[1])}`);
      // the second ending's path beside the default's, from the step where they part
      await d.click('explore.outcome.1.open');
      const o = (await waitFor(d, 'the two paths', (s) => s.explore.opened && s.explore.opened.outcome === 1)).explore.opened;
      if (!o.default_path.length || !o.outcome_path.length || o.misfit)
        throw new Failure(`the paths: ${JSON.stringify(o)}`);
      if (o.default_path.join('|') === o.outcome_path.join('|')) throw new Failure(`the two paths are the same: ${o.default_path.join(', ')}`);
      await d.click('explore.outcome.1.path');  // (scrolls it into view; a click there does nothing)
      await d.screenshot('explore-paths');
      return `${e.schedules} schedules in ${e.frames} frames: ${e.outcomes.map((o) => `${o.schedules} × ${JSON.stringify(o.output)} (${o.token})`).join(', ')}; ` +
        `from step ${o.from_step}: default ${o.default_path.slice(0, 3).join(', ')}; outcome 2 ${o.outcome_path.slice(0, 3).join(', ')}`;
    },
  },
  {
    name: 'a link that cannot be read (cut short, edited by hand, corrupted, from a newer version) opens a fresh playground that says why',
    shot: 'share-bad-link',
    async run(d) {
      await reset(d);
      await d.click('shell.input');
      await d.type('Enum.sum(1..10)');
      await d.press('Enter');
      await waitFor(d, '55', (s) => lines(s).includes('55'));
      await d.click('controls.share');
      await waitFor(d, 'the link', (t) => t.link.includes('#r='));
      const link = d.lastLink();
      const at = link.indexOf('#r=') + 3;
      const payload = link.slice(at);
      // the same run as bytes, with the format version (the varint after "tp") one ahead
      const bytes = inflateSync(Buffer.from(payload, 'base64url'));
      bytes[2] += 1;
      const newer = deflateSync(bytes).toString('base64url');
      const middle = Math.floor(payload.length / 2);
      const flipped = payload[middle] === 'A' ? 'B' : 'A';
      const bad = [
        ['cut short', link.slice(0, at + middle), /cannot be opened: the link is damaged or cut short/],
        ['edited by hand', `${link.slice(0, at + 4)}$%20${link.slice(at + 4)}`, /cannot be opened: the link is damaged: it holds characters/],
        ['corrupted', link.slice(0, at + middle) + flipped + payload.slice(middle + 1), /cannot be opened: the link is damaged/],
        ['from a newer version', link.slice(0, at) + newer, /cannot be opened: the link was made by a newer version of taskplay/],
        ['nothing after #r=', link.slice(0, at), /cannot be opened: the link is cut short/],
      ];
      const seen = [];
      for (const [what, text, message] of bad) {
        const other = await d.openLink(text);
        try {
          const t = await waitFor(other, `the message for a link ${what}`, (t) => message.test(t.status), 20000);
          await other.screenshot(`share-bad-link-${what.replace(/ /g, '-')}`);
          if (t.travel.inputs !== 0 || t.console.length !== 0 || t.process_count !== 1)
            throw new Failure(`${what}: not a fresh playground: ${t.travel.inputs} inputs, ${t.console.length} console lines`);
          // and it is a working playground
          await other.click('shell.input');
          await other.type('1 + 2');
          await other.press('Enter');
          await waitFor(other, `3 in the playground opened from a link ${what}`, (t) => lines(t).includes('3'));
          seen.push(`${what}: "${t.status}"`);
        } finally {
          await other.close();
        }
      }
      return seen.join('; ');
    },
  },
];

// Shares the run as it stands and opens the link in a second instance: the same run,
// event for event (the trace's hash), with the same clock and console.
async function shareAndCompare(d, shot) {
  const running = !(await d.state()).paused;
  if (running) await d.click('controls.pause');
  const s = await waitFor(d, 'paused, nothing rebuilding', (s) => s.paused && s.travel.rebuilding === null);
  await d.click('controls.share');
  await waitFor(d, 'the link', (t) => t.link.includes('#r='));
  const mine = await d.state();
  const other = await d.openShared();
  let detail;
  try {
    const t = await waitFor(other, 'the run replayed', (t) =>
      t.travel.rebuilding === null && t.travel.live_events === mine.travel.live_events, 20000);
    await other.screenshot(shot);
    const same = (a, b, what) => {
      if (JSON.stringify(a) !== JSON.stringify(b)) throw new Failure(`${what} differs: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
    };
    same(t.travel.trace_hash, mine.travel.trace_hash, 'the trace');
    same(t.travel.live_hash, mine.travel.live_hash, 'the live trace');
    same(t.time_us, mine.time_us, 'the clock');
    same(t.steps, mine.steps, 'the steps');
    same(lines(t), lines(mine), 'the console');
    same(t.processes.map((p) => [p.pid, p.kind, p.reason]), mine.processes.map((p) => [p.pid, p.kind, p.reason]), 'the processes');
    if (!t.paused) throw new Failure('the opened run is not paused where its author shared it');
    const size = mine.link.length - mine.link.indexOf('#');
    detail = `${mine.travel.live_events} events, ${s.travel.inputs} inputs, link fragment ${size} characters: same hash, clock, console`;
  } finally {
    await other.close();
  }
  if (running) await d.click('controls.pause');  // resume (once the other window is gone)
  return detail;
}

// [SECTION] Random real input, replayed
// A seeded person: clicks on the real widgets (the launch panel, pause, step, step back,
// the scrubber, continue from here, back to live, trap_exit, stop the shell, speed) and
// lines typed in the console, chosen at random, over several runs (each from Reset); after
// each run the recording is shared and opened in a fresh instance, which must give the
// identical trace, clock, console and processes (docs/time.md).

// mulberry32: a small seeded generator, so a failing seed can be run again
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const randomLines = [
  '1 + 1', 'self()', 'x = Enum.sum(1..1000)', 'send(self(), {:hello, 42})', 'flush()',
  'pid = spawn(fn -> receive do m -> IO.inspect(m) end end)', 'send(pid, :ping)',
  'Process.sleep(120)', 'receive do m -> m after 200 -> :timeout end',
  'Task.async(fn -> 6 * 7 end) |> Task.await()', 'spawn(fn -> raise "oops" end)',
  'Process.flag(:trap_exit, true)', 'spawn_link(fn -> exit(:bye) end)',
  'Enum.map(1..5, fn i -> i * i end)', 'Process.list() |> length()', 'raise "typed"',
  'for i <- 1..3, do: spawn(fn -> Process.sleep(i * 100) end)',
];
const workloads = ['fib', 'sleep', 'raise', 'exit', 'loop', 'crash_after'];
const hows = ['task_async', 'task_async_mfa', 'task_start_link', 'task_start', 'tsup_async',
  'tsup_async_nolink', 'tsup_start_child', 'sup_task_child', 'sup_use_task'];

export async function randomRuns(d, { seed = 14, runs = 4, actionsPerRun = 55 } = {}) {
  const random = generator(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const present = (name) => d.widget(name, 300).then((w) => w, () => null);
  let total = 0;
  const notes = [];
  for (let run = 0; run < runs; ++run) {
    // (Reset keeps the scheduler paused if it was: resume first, as a person would)
    if ((await d.state()).paused) await d.click('controls.pause');
    await reset(d);
    let done = 0;
    const kinds = {};
    const did = (kind, n = 1) => {
      done += n;
      kinds[kind] = (kinds[kind] || 0) + n;
    };
    while (done < actionsPerRun) {
      const r = random();
      if (r < 0.2) {
        await d.click(`launch.workload.${pick(workloads)}`);
        await d.click(`launch.how.${pick(hows)}`);
        await d.click('launch.run');
        did('launch', 3);
      } else if (r < 0.42) {
        await d.click('shell.input');
        await d.type(pick(randomLines));
        await d.press('Enter');
        did('typed');
      } else if (r < 0.5) {
        await d.click('controls.pause');
        did('pause');
      } else if (r < 0.58) {
        await d.click('controls.step');
        did('step');
      } else if (r < 0.66) {
        await d.click('controls.step_back');
        did('step back');
      } else if (r < 0.72) {
        const w = await present('travel.scrub');
        if (!w) continue;
        await d.clickAt('travel.scrub', 0.05 + 0.9 * random());
        did('scrub');
      } else if (r < 0.77) {
        if (!(await d.state()).travel.viewing_past || !(await present('travel.continue'))) continue;
        await d.click('travel.continue');
        did('continue');
      } else if (r < 0.81) {
        await d.click('travel.live');
        did('live');
      } else if (r < 0.86) {
        await d.click('shell.trap_exit');
        did('trap_exit');
      } else if (r < 0.91) {
        if (!(await present('shell.interrupt'))) continue;
        await d.click('shell.interrupt');
        did('stop the shell');
      } else if (r < 0.95) {
        await d.clickAt('controls.speed', 0.75 + 0.25 * random());
        did('speed');
      } else {
        await sleep(200 + Math.floor(random() * 600));  // let it run a while
      }
    }
    total += done;
    await d.clickAt('controls.speed', 1);  // full speed, so the run ends soon
    const detail = await shareAndCompare(d, `random-${run}-opened`);
    notes.push(`run ${run + 1}: ${Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(', ')}; ${detail}`);
  }
  return `seed ${seed}, ${total} clicks and lines: ${notes.join(' | ')}`;
}

// Runs every scenario; `check(name, ok, detail)` records each result.
export async function runAll(driver, check, only) {
  for (const sc of scenarios) {
    if (only && !sc.name.includes(only) && sc.shot !== only) continue;
    let detail = '';
    let ok = false;
    try {
      detail = await sc.run(driver);
      ok = true;
    } catch (error) {
      detail = error instanceof Failure ? error.message : `${error.stack || error}`;
    }
    try {
      await driver.screenshot(sc.shot);
    } catch (error) {
      detail += ` (no screenshot: ${error.message})`;
    }
    check(sc.name, ok, detail);
  }
}
