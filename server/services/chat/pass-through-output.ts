import type { Draft, OutputStage } from "./pipeline.ts";

/** Releases draft text unchanged: only for responders whose text is already vetted. */
export const passThroughOutput: OutputStage = async (_input, draft, events) => {
  let text = "";
  for (;;) {
    const next = await draft.next();
    if (next.done) return { ...next.value, text } satisfies Draft;
    text += next.value;
    events.release(next.value);
  }
};
