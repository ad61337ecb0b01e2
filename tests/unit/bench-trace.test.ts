import { describe, expect, it } from 'vitest';
import { pageMainThread, scriptTime, unionLength, type TraceEvent } from '../bench/trace';

describe('unionLength', () => {
  const cases: [string, [number, number][], number][] = [
    ['none', [], 0],
    [
      'apart',
      [
        [0, 10],
        [20, 25],
      ],
      15,
    ],
    [
      'nested (a listener inside its script)',
      [
        [0, 10],
        [2, 5],
      ],
      10,
    ],
    [
      'overlapping',
      [
        [0, 10],
        [5, 15],
      ],
      15,
    ],
    [
      'unsorted',
      [
        [20, 30],
        [0, 10],
        [5, 12],
      ],
      22,
    ],
  ];
  for (const [what, intervals, total] of cases)
    it(what, () => expect(unionLength(intervals)).toBe(total));
});

const ext = 'chrome-extension://abc/';
/** A complete event on the page's main thread; thread time runs at half the wall time. */
const ev = (
  name: string,
  ts: number,
  dur: number,
  args: TraceEvent['args'] = {},
  tid = 1,
): TraceEvent => ({ name, ph: 'X', pid: 7, tid, ts, dur, tts: ts / 2, tdur: dur / 2, args });
const url = (u: string) => ({ data: { url: u } });
const trace: TraceEvent[] = [
  {
    name: 'TracingStartedInBrowser',
    ph: 'I',
    pid: 1,
    tid: 1,
    ts: 0,
    args: { data: { frames: [{ url: 'https://claude.ai/new', processId: 7 }] } },
  },
  { name: 'thread_name', ph: 'M', pid: 7, tid: 1, ts: 0, args: { name: 'CrRendererMain' } },
  { name: 'thread_name', ph: 'M', pid: 8, tid: 1, ts: 0, args: { name: 'CrRendererMain' } },
  // A 60 ms task of the page's own.
  ev('RunTask', 1_000, 60_000),
  ev('EvaluateScript', 1_000, 59_000, url('https://claude.ai/app.js')),
  // The bootstrap's evaluation in world 5, with its compile nested inside (counted once).
  ev('RunTask', 200_000, 2_000),
  ev('EvaluateScript', 200_100, 800, url(`${ext}claude-bootstrap.js`)),
  ev('v8.compile', 200_200, 300, url(`${ext}claude-bootstrap.js`)),
  ev('v8.run', 200_500, 300, { fileName: `${ext}claude-bootstrap.js`, worldId: 5 }),
  // A 70 ms task of the page's (its click handler) in which the bootstrap's listener ran (world 5):
  // long without it, so the page's.
  ev('RunTask', 300_000, 70_000),
  ev('FunctionCall', 300_000, 69_000, url('https://claude.ai/app.js')),
  ev('v8.callFunction', 350_000, 1_500, { worldId: 5 }),
  // Calls into other worlds (the page's, a test tool's) are not the extension's.
  ev('v8.callFunction', 360_000, 5_000, { worldId: 1 }),
  // A 51 ms task that the extension's 2 ms made long.
  ev('RunTask', 500_000, 51_000),
  ev('FunctionCall', 500_000, 2_000, url(`${ext}claude-bootstrap.js`)),
  // Another thread and another process: not the page's main thread.
  ev('FunctionCall', 400_000, 9_000, url(`${ext}claude-bootstrap.js`), 2),
  { ...ev('FunctionCall', 400_000, 9_000, url(`${ext}x.js`)), pid: 8 },
];

describe('scriptTime', () => {
  it('adds the extension’s intervals on the page’s main thread once, listeners included, and finds its long tasks', () => {
    const threads = pageMainThread(trace, (u) => u.startsWith('https://claude.ai/'));
    expect(threads).toEqual([[7, 1]]);
    expect(scriptTime(trace, ext, threads)).toEqual({
      ms: 2.15, // (0.8 + 1.5 + 2) / 2 in thread time
      wallMs: 4.3,
      longTasks: 1,
      allLongTasks: 3,
      events: 5,
    });
  });
});
