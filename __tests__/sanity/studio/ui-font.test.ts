import {describe, expect, it} from '@jest/globals'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {withLocalFonts, writeStudioUiStylesheet} from '../../../sanity/studio/ui-font.ts'

describe("Sanity UI's stylesheet with its font bundled", () => {
  it('points every Inter face of the installed Sanity UI at the fontsource files, which exist', () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'studio-ui-'))
    try {
      const css = readFileSync(writeStudioUiStylesheet(process.cwd(), outDir), 'utf8')
      expect(css).not.toContain('design-system-static.sanity.io')
      const fonts = [...css.matchAll(/url\('?([^')]*inter-latin-wght-[a-z]+\.woff2)'?\)/g)].map((match) => match[1])
      expect(new Set(fonts.map((font) => path.basename(font)))).toEqual(
        new Set(['inter-latin-wght-normal.woff2', 'inter-latin-wght-italic.woff2']),
      )
      for (const font of fonts) expect(readFileSync(path.resolve(outDir, font)).length).toBeGreaterThan(10_000)
    } finally {
      rmSync(outDir, {recursive: true, force: true})
    }
  })

  it('refuses a stylesheet that loads a font file it does not know', () => {
    const css = "@font-face{src:url('https://design-system-static.sanity.io/InterDisplay-latin-20270101.woff2')}"
    expect(() => withLocalFonts(css, 'fonts')).toThrow(/still loads from https:\/\/design-system-static\.sanity\.io\//)
  })
})
