/** One thing an action did, in the order it did it: the answer a caller reads. */
export interface Step {
  step: string;
  ok: boolean;
  detail: string;
  /** Milliseconds the step took. */
  ms: number;
}

/** The outcome of a step before it is timed. */
export interface Outcome {
  ok: boolean;
  detail: string;
}

/** Collects the steps of one action with their timing. */
export class Steps {
  readonly list: Step[] = [];

  /** Runs `fn` as a named step; a throw becomes a failed step, never an unanswered request. */
  async run(step: string, fn: () => Promise<Outcome>): Promise<Outcome> {
    const started = Date.now();
    let outcome: Outcome;
    try {
      outcome = await fn();
    } catch (err) {
      outcome = { ok: false, detail: err instanceof Error ? err.message : String(err) };
    }
    this.list.push({ step, ...outcome, ms: Date.now() - started });
    return outcome;
  }

  add(step: string, ok: boolean, detail: string): void {
    this.list.push({ step, ok, detail, ms: 0 });
  }
}
