import MarkdownIt from "markdown-it";
import type { EmergencyContacts } from "../../safety/types.ts";
import { fillPlaceholders } from "../retrieval/placeholders.ts";
import { slugify } from "../retrieval/sections.ts";
import type { GuidanceVersionView } from "../services/guidance/get-guidance-version.ts";

// Guidance pages are rendered from Markdown with raw HTML switched off, so nothing in a document
// can become markup or script; markdown-it's own link check refuses javascript:, vbscript:,
// file: and data: URLs. Every other value is escaped.

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

const defaultLinkOpen =
  markdown.renderer.rules.link_open ??
  ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  const href = String(token?.attrGet("href") ?? "");
  if (/^https?:/i.test(href)) {
    token?.attrSet("rel", "noopener noreferrer");
    token?.attrSet("target", "_blank");
  }
  return defaultLinkOpen(tokens, idx, options, env, self);
};
markdown.renderer.rules.heading_open = (tokens, idx, options, _env, self) => {
  const inline = tokens[idx + 1];
  if (inline?.content) tokens[idx]?.attrSet("id", slugify(inline.content));
  return self.renderToken(tokens, idx, options);
};

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

function safeUrl(url: string): string | undefined {
  return /^https?:\/\/[^\s"'<>]+$/i.test(url) ? url : undefined;
}

export function renderGuidancePage(view: GuidanceVersionView, contacts: EmergencyContacts): string {
  const { row, currentVersion } = view;
  const body = markdown.render(fillPlaceholders(row.body, contacts));
  const sources = row.sources
    .map((source) => {
      const url = safeUrl(source.url);
      const title = escapeHtml(source.title);
      return url
        ? `<li><a href="${escapeHtml(url)}" rel="noopener noreferrer" target="_blank">${title}</a></li>`
        : `<li>${title}</li>`;
    })
    .join("");
  const superseded =
    currentVersion !== undefined
      ? `<p class="notice">This is version ${row.version}, which an earlier answer cited. <a href="/guidance/${escapeHtml(row.documentId)}">Read the current version (${currentVersion})</a>.</p>`
      : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(row.title)} · careline guidance</title>
<link rel="stylesheet" href="/assets/guidance.css">
</head>
<body>
<header class="top"><a class="brand" href="/">careline</a><span class="emergency">Emergency: call ${escapeHtml(contacts.emergencyNumber)}</span></header>
<main>
${superseded}
<h1>${escapeHtml(row.title)}</h1>
<p class="summary">${escapeHtml(row.summary)}</p>
<article>${body}</article>
<section class="meta" aria-labelledby="about-page">
<h2 id="about-page">About this page</h2>
<p>General health information, not a diagnosis. If you are worried about yourself or someone else, contact your care team, or call ${escapeHtml(contacts.emergencyNumber)} in an emergency.</p>
<dl>
<dt>Version</dt><dd>${row.version}</dd>
<dt>Reviewed by</dt><dd>${escapeHtml(row.reviewedBy)}</dd>
<dt>Reviewed on</dt><dd>${escapeHtml(row.reviewedAt)}</dd>
<dt>Next review due</dt><dd>${escapeHtml(row.reviewDue)}</dd>
</dl>
<h3>Where the facts come from</h3>
<ul>${sources}</ul>
</section>
</main>
</body>
</html>`;
}

export function renderGuidanceNotFound(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Guidance not available · careline</title><link rel="stylesheet" href="/assets/guidance.css"></head><body><main><h1>This guidance is not available</h1><p>It may have been withdrawn or be waiting for review. <a href="/">Go back to careline</a>.</p></main></body></html>`;
}
