// A one-line progress display for long builds ("extracting 1,234/10,000 articles · 0:42 left"),
// redrawn in place on a terminal. Quiet in CI and when stderr is not a terminal.
export interface Progress {
  /** Show `done` of `total` for a step ("articles extracted"); the time left is from the rate so far. */
  update(step: string, done: number, total: number): void;
  /** Clear the line. */
  end(): void;
}

const REDRAW_MS = 100;

/** A progress line on `stream`; silent when it is null, not a terminal, or in CI. */
export function createProgress(stream: NodeJS.WriteStream | null): Progress {
  if (!stream?.isTTY || process.env.CI) return { update: () => {}, end: () => {} };
  let step = '';
  let started = 0;
  let drawn = 0;
  let shown = false;
  return {
    update(name, done, total) {
      const now = performance.now();
      if (name !== step) [step, started] = [name, now];
      if (now - drawn < REDRAW_MS && done < total) return;
      drawn = now;
      const left = done > 0 ? ((now - started) / done) * (total - done) : NaN;
      const line = `${done.toLocaleString('en')}/${total.toLocaleString('en')} ${name}${Number.isFinite(left) ? ` · ${clock(left)} left` : ''}`;
      stream.write(`\r\x1b[2K${line.slice(0, (stream.columns || 80) - 1)}`);
      shown = true;
    },
    end() {
      if (shown) stream.write('\r\x1b[2K');
      shown = false;
    },
  };
}

/** 83000 ms -> "1:23". */
function clock(ms: number): string {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
