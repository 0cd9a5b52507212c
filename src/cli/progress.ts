/** What the progress bar writes to: a terminal's stderr. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(s: string): unknown;
}

/** Display width: CJK and full-width characters take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return w;
}

/** The end of a text that fits in `width` columns, "…" in front when cut. */
function tail(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  const chars = [...s];
  let out = '';
  let w = 1;
  for (let i = chars.length - 1; i >= 0; i--) {
    const cw = displayWidth(chars[i]);
    if (w + cw > width) break;
    out = chars[i] + out;
    w += cw;
  }
  return `…${out}`;
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * One line on stderr, rewritten in place with \r:
 *   检查 [██████░░░░░░░░░░░░] 312/1000  31%  41.2 个/秒  剩余 0:16  文件夹/某某.xlsx
 * At most ten redraws a second; finish() draws the last state and ends the line.
 */
export class ProgressBar {
  private readonly started: number;
  private lastDraw = 0;
  private done = 0;
  private file = '';

  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  update(done: number, file: string): void {
    this.done = done;
    this.file = file;
    const t = this.now();
    if (t - this.lastDraw >= 100 || done === this.total) {
      this.lastDraw = t;
      this.draw();
    }
  }

  finish(): void {
    this.draw();
    this.stream.write('\n');
  }

  /** The line as drawn now. */
  line(): string {
    const seconds = Math.max(0.001, (this.now() - this.started) / 1000);
    const rate = this.done / seconds;
    const pct = this.total ? Math.floor((this.done / this.total) * 100) : 100;
    const barWidth = 20;
    const filled = this.total ? Math.round((this.done / this.total) * barWidth) : barWidth;
    const left = rate > 0 && this.done < this.total ? `  剩余 ${clock((this.total - this.done) / rate)}` : '';
    const head = `检查 [${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}] ${this.done}/${this.total}  ${pct}%  ${rate.toFixed(1)} 个/秒${left}`;
    const room = (this.stream.columns ?? 80) - 1 - displayWidth(head) - 2;
    return room >= 8 && this.file ? `${head}  ${tail(this.file, room)}` : head;
  }

  private draw(): void {
    // \x1b[K clears what a longer previous line left behind.
    this.stream.write(`\r${this.line()}\x1b[K`);
  }
}
