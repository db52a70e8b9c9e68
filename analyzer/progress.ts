/** The terminal progress bar (files, files/s, ETA); only ever shown on a TTY. */
import cliProgress from 'cli-progress';

export interface Progress {
  start(total: number): void;
  tick(): void;
  stop(): void;
}

export function createProgress(stream: NodeJS.WriteStream): Progress {
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'auditing {bar} {value}/{total} files | {rate} files/s | ETA {eta_formatted}',
      barsize: 30,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 200,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = 0;
  let done = 0;
  return {
    start(total) {
      started = performance.now();
      bar.start(total, 0, { rate: '0' });
    },
    tick() {
      done++;
      const seconds = (performance.now() - started) / 1000;
      bar.update(done, { rate: seconds > 0 ? Math.round(done / seconds).toString() : '0' });
    },
    stop() {
      bar.stop();
    },
  };
}
