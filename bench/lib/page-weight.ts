import {gzipSync} from 'node:zlib'

export type PageWeight = {path: string; htmlBytes: number; jsBytes: number; jsGzipBytes: number; scripts: string[]}

// Script URLs in the order the page names them: <script src>, and the chunks Next asks the
// browser to preload, which it loads before the page is interactive.
function scriptUrls(html: string, base: string): string[] {
  const urls = new Set<string>()
  for (const match of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) urls.add(match[1])
  for (const match of html.matchAll(/<link[^>]*rel="(?:modulepreload|preload)"[^>]*href="([^"]+\.js)"/g))
    urls.add(match[1])
  return [...urls].map((src) => new URL(src.replaceAll('&amp;', '&'), base).toString())
}

/** What a visitor's browser downloads for a page: its HTML and the JavaScript it loads. */
export async function pageWeight(base: string, path: string, init: RequestInit = {}): Promise<PageWeight> {
  const response = await fetch(new URL(path, base), init)
  if (!response.ok) throw new Error(`${path} answered ${response.status}`)
  const html = await response.text()
  const scripts = scriptUrls(html, base)
  let jsBytes = 0
  let jsGzipBytes = 0
  for (const url of scripts) {
    const body = Buffer.from(await (await fetch(url)).arrayBuffer())
    jsBytes += body.length
    jsGzipBytes += gzipSync(body).length
  }
  return {path, htmlBytes: Buffer.byteLength(html), jsBytes, jsGzipBytes, scripts}
}

/** The bytes of the stylesheets a page links, as served (before compression on the wire). */
export async function stylesheetBytes(base: string, path: string): Promise<number> {
  const html = await (await fetch(new URL(path, base))).text()
  let bytes = 0
  for (const match of html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) {
    const url = new URL(match[1].replaceAll('&amp;', '&'), base)
    bytes += (await (await fetch(url)).arrayBuffer()).byteLength
  }
  return bytes
}
