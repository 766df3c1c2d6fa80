import { describe, expect, test } from "vitest";
import { holdForWholeDraft } from "../../safety/output/hold-back.ts";
import { SentenceSplitter } from "../../safety/output/sentences.ts";

const held = [
  { id: "digits", input: "Call 111 if it gets worse." },
  { id: "dose-unit", input: "Adults can take up to four doses a day." },
  { id: "drug-name", input: "Ibuprofen can upset your stomach." },
  { id: "class-word", input: "Some antihistamines make you sleepy." },
  { id: "number-word", input: "Most colds last about two weeks." },
] as const;

const released = [
  { id: "plain-prose", input: "Drink plenty of fluids and rest when you can [p1]." },
  { id: "citation-digits-only", input: "Honey can soothe a cough [p12]." },
  { id: "empathy", input: "I'm sorry you're feeling unwell." },
] as const;

describe("streaming: which sentences wait for the whole draft", () => {
  test.each(held)("holds $id", ({ input }) => expect(holdForWholeDraft(input)).toBe(true));
  test.each(released)("releases $id", ({ input }) => expect(holdForWholeDraft(input)).toBe(false));
});

function split(chunks: string[]): string[] {
  const splitter = new SentenceSplitter();
  return [...chunks.flatMap((chunk) => splitter.push(chunk)), ...splitter.flush()];
}

describe("streaming: sentence splitting", () => {
  test("keeps every character, so the sentences joined are the text", () => {
    const text = "Rest [p1].  Drink fluids!\n\nIs it worse? Call 111.\n- one\n- two";
    for (const size of [1, 2, 3, 7]) {
      const pieces = split(text.match(new RegExp(`.{1,${size}}`, "gs")) ?? []);
      expect(pieces.join("")).toBe(text);
    }
    expect(split([text])).toEqual([
      "Rest [p1].  ",
      "Drink fluids!\n\n",
      "Is it worse? ",
      "Call 111.\n",
      "- one\n",
      "- two",
    ]);
  });

  test("does not end a sentence at decimals, abbreviations or initials", () => {
    expect(split(["Take 2.5 ml, e.g. with food. Dr. Lee and J. Smith agree. Done."])).toEqual([
      "Take 2.5 ml, e.g. with food. ",
      "Dr. Lee and J. Smith agree. ",
      "Done.",
    ]);
  });

  test("ends a sentence as soon as a chunk stops right after its end mark", () => {
    const splitter = new SentenceSplitter();
    expect(splitter.push("Rest")).toEqual([]);
    expect(splitter.push(" now [p1].")).toEqual(["Rest now [p1]."]);
    expect(splitter.push(" Then")).toEqual([]);
    expect(splitter.flush()).toEqual([" Then"]);
  });

  test("waits at a chunk that stops after a number or an abbreviation", () => {
    const splitter = new SentenceSplitter();
    expect(splitter.push("Take 2.")).toEqual([]);
    expect(splitter.push("5 ml, e.")).toEqual([]);
    expect(splitter.push("g.")).toEqual([]);
    expect(splitter.push(" with food.")).toEqual(["Take 2.5 ml, e.g. with food."]);
  });
});
