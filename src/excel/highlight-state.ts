import type { ExcelCaps } from './caps';
import { clearOps, conditionalRuns, desiredMarks, diffMarks, markKey, type AppliedMark, type ConditionalRun, type MarkDiff, type MarkKey, type Original } from './highlights';
import { readHighlightState } from './highlight-read';
import { queueConditionalRuns, queueMarkOps } from './highlight-write';
import type { LiveModel } from './live-model';
import { SETTING_HIGHLIGHTS, nextMarkNumber, queueSetting, restoreMarks, type NamedRef } from './persistence';

/**
 * The session's highlights: which cells carry a mark and what they looked
 * like before, kept in step with the workbook (anchor names, a setting).
 */
export class Highlights {
  on = false;
  private applied = new Map<MarkKey, AppliedMark>();
  private readonly originals = new Map<MarkKey, Original>();
  private runs: ConditionalRun[] = [];
  private nextMark = 1;
  private broken: string[] = [];
  private settingPresent = false;

  constructor(private readonly caps: ExcelCaps) {}

  get count(): number {
    return this.applied.size;
  }

  /** The marks on the sheets, where the add-in put them. */
  marks(): Iterable<AppliedMark> {
    return this.applied.values();
  }

  /** After a scan: the marks the workbook records (from this or an earlier session) and whether highlights were on. */
  restore(marks: Map<string, { ref: NamedRef | null; comment: string }>, sheetIdOf: (name: string) => string | undefined, setting: unknown): void {
    const found = restoreMarks(marks, sheetIdOf);
    this.applied = new Map(found.applied.map((m) => [markKey(m.sheetId, m.row, m.col), m]));
    this.broken = found.broken;
    this.nextMark = nextMarkNumber(marks.keys());
    this.originals.clear();
    this.runs = [];
    this.settingPresent = setting !== undefined;
    this.on = (typeof setting === 'object' && setting !== null && (setting as { on?: unknown }).on === true) || this.applied.size > 0;
  }

  /** The mark changes that bring the sheets in line with the model's findings. */
  diff(model: LiveModel): MarkDiff {
    const diff = diffMarks(desiredMarks(model, this.runs), this.applied, (k) => this.originals.get(k), this.caps.annotations !== 'none', () => `JIXIAO_M${this.nextMark++}`);
    if (this.broken.length) {
      diff.ops.anchorsDelete.push(...this.broken);
      this.broken = [];
    }
    return diff;
  }

  /** Records a diff once its sync went through. */
  accept(diff: MarkDiff): void {
    this.applied = diff.applied;
  }

  private sheetIds(model: LiveModel | null): string[] {
    return [...new Set([...(model?.tables.map((t) => t.sheetId) ?? []), ...[...this.applied.values()].map((m) => m.sheetId)])];
  }

  /**
   * Marks every finding afresh: reads what the table cells look like (fills,
   * notes) where no mark record says so, replaces the add-in's conditional
   * formats, then applies the marks. Two or three syncs.
   */
  async refresh(context: Excel.RequestContext, model: LiveModel): Promise<void> {
    const rects = model.tables.flatMap((t) => t.watch.map((range) => ({ sheetId: t.sheetId, range })));
    const seen = await readHighlightState(context, this.caps, this.sheetIds(model), rects);
    for (const [k, o] of seen.originals) if (!this.applied.has(k)) this.originals.set(k, o);
    // A note of the add-in's that someone deleted is added again.
    for (const [k, m] of this.applied) if (m.note !== null && !seen.annotated.has(k)) this.applied.set(k, { ...m, note: null });
    for (const cf of seen.markerFormats) cf.delete();
    this.runs = conditionalRuns(model);
    queueConditionalRuns(context, this.runs);
    const diff = this.diff(model);
    queueMarkOps(context, this.caps, diff.ops);
    queueSetting(context, SETTING_HIGHLIGHTS, { on: true }, true);
    await context.sync();
    this.accept(diff);
    this.settingPresent = true;
    this.on = true;
  }

  /** Puts every marked cell back as it was; removes the add-in's conditional formats, anchors and setting. Two or three syncs. */
  async clear(context: Excel.RequestContext, model: LiveModel | null): Promise<void> {
    const seen = await readHighlightState(context, this.caps, this.sheetIds(model), []);
    for (const cf of seen.markerFormats) cf.delete();
    const ops = clearOps(this.applied);
    ops.notesDelete = ops.notesDelete.filter((n) => seen.annotated.has(markKey(n.sheetId, n.row, n.col)));
    ops.anchorsDelete.push(...this.broken);
    queueMarkOps(context, this.caps, ops);
    queueSetting(context, SETTING_HIGHLIGHTS, null, this.settingPresent);
    await context.sync();
    this.applied = new Map();
    this.broken = [];
    this.runs = [];
    this.on = false;
    this.settingPresent = false;
  }
}
