// The playground's acceptance click-through, written once for every front end: each
// scenario gets a driver that clicks the real widgets with the real mouse (the page's
// window.taskplay.widgets, the desktop app's --bridge file), types on the real keyboard,
// and reads what happened from the state (window.taskplay.state(), the bridge file).
//
//   driver.click(name)          click the middle of the named widget (waits for it)
//   driver.type(text)           type on the keyboard; driver.press("Enter")
//   driver.state()              the state JSON (ui/state_json.cpp)
//   driver.screenshot(name)     tests/artifacts/<front end>-<name>.png
//   driver.openShared()         a second instance opened from the last share link;
//                               returns its driver (close() it)
//
// Every scenario starts from Reset and says what real Elixir 1.14 does
// (docs/semantics.md).

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
    name: 'a share link opened anew restores the scenario',
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
      const s = await waitFor(d, '42', (s) => lines(s).includes('42'));
      await d.click('controls.share');
      const other = await d.openShared();
      try {
        const t = await waitFor(other, 'the same lines in the new instance', (t) =>
          JSON.stringify(inputs(t)) === JSON.stringify(inputs(s)) && lines(t).includes('42'), 20000);
        await other.screenshot('share-link-opened');
        return `replayed: ${inputs(t).join(' / ')}`;
      } finally {
        await other.close();
      }
    },
  },
];

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
