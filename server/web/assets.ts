import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

// The web pages are TypeScript bundled in memory at start: no build step, nothing stale on disk.

export interface Asset {
  body: string;
  contentType: string;
  etag: string;
}

const WEB_DIR = fileURLToPath(new URL("../../web/", import.meta.url));
const STYLESHEETS = ["guidance"] as const;

function asset(body: string, contentType: string): Asset {
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`;
  return { body, contentType, etag };
}

export async function buildWebAssets(
  pages: readonly string[] = ["chat"],
): Promise<Map<string, Asset>> {
  const result = await build({
    entryPoints: Object.fromEntries(pages.map((page) => [page, `${WEB_DIR}${page}/main.ts`])),
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2020",
    write: false,
    outdir: "/assets",
    sourcemap: false,
    legalComments: "none",
    logLevel: "silent",
  });
  const assets = new Map<string, Asset>();
  for (const file of result.outputFiles) {
    const name = file.path.replace(/^.*\/assets\//, "/assets/");
    assets.set(
      name,
      asset(
        file.text,
        name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8",
      ),
    );
  }
  for (const page of pages) {
    const html = readFileSync(`${WEB_DIR}${page}/index.html`, "utf8");
    assets.set(`/pages/${page}`, asset(html, "text/html; charset=utf-8"));
    const css = readFileSync(`${WEB_DIR}${page}/styles.css`, "utf8");
    assets.set(`/assets/${page}.css`, asset(css, "text/css; charset=utf-8"));
  }
  // Stylesheets for server-rendered pages (guidance), which carry no script at all.
  for (const sheet of STYLESHEETS) {
    assets.set(
      `/assets/${sheet}.css`,
      asset(readFileSync(`${WEB_DIR}${sheet}/styles.css`, "utf8"), "text/css; charset=utf-8"),
    );
  }
  return assets;
}
