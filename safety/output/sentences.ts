// Splits streamed text into sentences without changing a character: the sentences joined are the
// text. A sentence ends at . ! or ? followed by space and the start of another, at a line break, or
// where a streamed chunk stops right after its end mark (models stream "… hurts [p1]." then
// " Resting …"): releasing then saves the patient one token's wait.

const ABBREVIATIONS = new Set([
  "e.g",
  "i.e",
  "etc",
  "dr",
  "mr",
  "mrs",
  "ms",
  "st",
  "vs",
  "approx",
  "no",
  "tel",
  "dept",
  "min",
  "max",
]);
// An end mark, closing quotes or brackets, then whitespace, then the next sentence's first character.
const BOUNDARY = /([.!?]+)["')\]]*(\s+)(?=\S)|\n+(?=\S)/g;

export class SentenceSplitter {
  private buffer = "";

  /** Adds streamed text; returns the sentences it completed, in order. */
  push(chunk: string): string[] {
    this.buffer += chunk;
    const sentences: string[] = [];
    let start = 0;
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(this.buffer); m; m = BOUNDARY.exec(this.buffer)) {
      const end = m.index + m[0].length;
      if (m[1] === "." && this.endsWithAbbreviation(this.buffer.slice(start, m.index))) continue;
      sentences.push(this.buffer.slice(start, end));
      start = end;
    }
    const rest = this.buffer.slice(start);
    const end = /([.!?]+)["')\]]*$/.exec(rest);
    // Not after a number ("2." may go on "5 mg") or an abbreviation ("e.g.").
    const complete =
      end !== null &&
      !(end[1] === "." && /\d$/.test(rest.slice(0, end.index))) &&
      !(end[1] === "." && this.endsWithAbbreviation(rest.slice(0, end.index)));
    if (complete && rest.trim()) {
      sentences.push(rest);
      this.buffer = "";
    } else {
      this.buffer = rest;
    }
    return sentences;
  }

  /** The rest of the text, once the stream has ended. */
  flush(): string[] {
    const rest = this.buffer;
    this.buffer = "";
    return rest ? [rest] : [];
  }

  private endsWithAbbreviation(text: string): boolean {
    const word = /(\S+)$/.exec(text)?.[1]?.toLowerCase() ?? "";
    return ABBREVIATIONS.has(word.replace(/^[("']+/, "")) || /^[a-z]$/.test(word);
  }
}
