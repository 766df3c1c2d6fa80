import { RecursiveCharacterTextSplitter } from "@langchain/textsplitters";

// Chunks follow the document's own `## ` sections (each written to stand alone); only a section
// too long to be one passage is split further, at paragraph and sentence boundaries.

export const MAX_CHUNK_CHARS = 1_200;

export interface Section {
  heading: string;
  text: string;
}

const splitter = new RecursiveCharacterTextSplitter({
  chunkSize: MAX_CHUNK_CHARS,
  chunkOverlap: 0,
  separators: ["\n\n", "\n- ", "\n", ". ", " "],
});

export function splitSections(body: string, title: string): Section[] {
  const sections: Section[] = [];
  let heading = title;
  let lines: string[] = [];
  const flush = () => {
    const text = lines.join("\n").trim();
    if (text) sections.push({ heading, text });
    lines = [];
  };
  for (const line of body.split(/\r?\n/)) {
    const h = /^#{2,3}\s+(.+?)\s*#*\s*$/.exec(line);
    if (h?.[1]) {
      flush();
      heading = h[1];
    } else {
      lines.push(line);
    }
  }
  flush();
  return sections;
}

export async function chunkSections(body: string, title: string): Promise<Section[]> {
  const chunks: Section[] = [];
  for (const section of splitSections(body, title)) {
    if (section.text.length <= MAX_CHUNK_CHARS) {
      chunks.push(section);
      continue;
    }
    for (const part of await splitter.splitText(section.text))
      chunks.push({ heading: section.heading, text: part });
  }
  return chunks;
}

export function slugify(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
