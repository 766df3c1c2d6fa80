import { describe, expect, test } from "vitest";
import { citationCheck, citedLabels } from "../../safety/output/citations.ts";
import { outputContext } from "./output-context.ts";

const three = ["one", "two", "three"];

const fires = [
  { id: "unknown-label", input: "Drink plenty of fluids [p4].", passages: three },
  { id: "none-supplied", input: "Rest helps [p1].", passages: [] },
  { id: "one-of-a-list", input: "Rest and fluids help [p1, p9].", passages: three },
  { id: "upper-case", input: "Rest helps [P7].", passages: three },
] as const;

const passes = [
  { id: "supplied", input: "Drink plenty of fluids [p1]. Rest [p2][p3].", passages: three },
  { id: "list", input: "Rest and fluids help [p1, p3].", passages: three },
  { id: "no-citations", input: "I don't have vetted guidance on that.", passages: [] },
  { id: "redaction-placeholder", input: "Thanks, [NAME]. Rest helps [p1].", passages: three },
  { id: "page-number", input: "See the leaflet (p. 12) for details.", passages: [] },
] as const;

describe("output check: citations", () => {
  test.each(fires)("blocks $id", (scenario) => {
    const report = citationCheck.run(
      outputContext(scenario.input, { passages: [...scenario.passages] }),
    );
    expect(report).toMatchObject({ verdict: "block", ruleIds: ["output.citation.unknown"] });
  });

  test.each(passes)("allows $id", (scenario) => {
    const report = citationCheck.run(
      outputContext(scenario.input, { passages: [...scenario.passages] }),
    );
    expect(report).toMatchObject({ verdict: "allow", ruleIds: [] });
  });

  test("lists cited labels in order of first appearance", () => {
    expect(citedLabels("A [p2]. B [p1, p2]. C [P3]")).toEqual(["p2", "p1", "p3"]);
  });
});
