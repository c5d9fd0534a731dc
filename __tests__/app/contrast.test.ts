import {readFileSync} from 'node:fs'
import {describe, expect, it} from '@jest/globals'
import Color from 'colorjs.io'
import postcss, {type AtRule, type Declaration, type Node} from 'postcss'
import {BRAND_COLORS} from '../../lib/brand.ts'

// The site's colours, read from its stylesheet: every colour is a palette token, and every text
// colour meets WCAG 2.2 AA on every background it can sit on. axe checks the rendered pages in
// the browser tests; this checks the palette itself, so a new pairing cannot slip in on a page
// no test visits.
const css = readFileSync('app/(site)/globals.css', 'utf8')
const root = postcss.parse(css)

const palette = new Map<string, string>()
root.walkRules(':root', (rule) =>
  rule.walkDecls(/^--/, (decl) => void (/^#[0-9a-f]{3,8}$/i.test(decl.value) && palette.set(decl.prop, decl.value))),
)

// Light grounds take every text colour; dark ones only the text colour made for them.
const LIGHT_GROUNDS = ['--paper', '--surface', '--tint', '--warn-bg', '--highlight']
const TEXT_ON_LIGHT = ['--ink', '--muted', '--accent', '--error']
const DARK_GROUNDS: Record<string, string> = {'--accent': '--accent-ink', '--banner': '--banner-ink'}
// Focus rings and the warning rule are not text: WCAG asks 3:1 of them (1.4.11, 2.4.13).
const NON_TEXT_ON_LIGHT = ['--warn-line']
// Grounds that never carry text: the tone an image shows until it loads.
const NO_TEXT_GROUNDS = ['--line']

const contrast = (text: string, ground: string) =>
  new Color(palette.get(text) as string).contrast(new Color(palette.get(ground) as string), 'WCAG21')
function insidePrint(decl: Declaration): boolean {
  let node = decl.parent as Node | undefined
  while (node) {
    if (node.type === 'atrule' && /print/.test((node as AtRule).params)) return true
    node = node.parent as Node | undefined
  }
  return false
}

describe('the palette', () => {
  it('holds every colour of the screen stylesheet: no literal colour outside :root', () => {
    const literals: string[] = []
    root.walkDecls(/^(color|background(-color)?|border(-[a-z-]+)?|outline(-color)?|fill|stroke)$/, (decl) => {
      if (insidePrint(decl)) return // print is black on white, by design
      if (/#[0-9a-f]{3,8}\b|rgb|hsl/i.test(decl.value))
        literals.push(
          `${decl.parent && 'selector' in decl.parent ? decl.parent.selector : ''} { ${decl.prop}: ${decl.value} }`,
        )
    })
    expect(literals).toEqual([])
  })

  it('uses only tokens the palette defines', () => {
    const unknown = [...css.matchAll(/var\((--[a-z0-9-]+)\)/g)]
      .map((m) => m[1])
      .filter((token) => !palette.has(token) && !/^--(step|radius)/.test(token))
    expect([...new Set(unknown)]).toEqual([])
  })

  it.each(LIGHT_GROUNDS.flatMap((ground) => TEXT_ON_LIGHT.map((text) => [text, ground])))(
    '%s text on %s meets 4.5:1',
    (text, ground) => {
      expect(contrast(text, ground)).toBeGreaterThanOrEqual(4.5)
    },
  )

  it.each(Object.entries(DARK_GROUNDS))('%s carries %s at 4.5:1 or more', (ground, text) => {
    expect(contrast(text, ground)).toBeGreaterThanOrEqual(4.5)
  })

  it.each(LIGHT_GROUNDS.flatMap((ground) => NON_TEXT_ON_LIGHT.map((mark) => [mark, ground])))(
    '%s (focus ring, warning rule) on %s meets 3:1',
    (mark, ground) => {
      expect(contrast(mark, ground)).toBeGreaterThanOrEqual(3)
    },
  )

  it('gives every colour rule a colour from these lists', () => {
    const used = new Set<string>()
    root.walkDecls(/^(color|background(-color)?)$/, (decl) => {
      if (insidePrint(decl)) return
      for (const m of decl.value.matchAll(/var\((--[a-z0-9-]+)\)/g)) used.add(m[1])
    })
    const known = new Set([
      ...LIGHT_GROUNDS,
      ...TEXT_ON_LIGHT,
      ...Object.keys(DARK_GROUNDS),
      ...Object.values(DARK_GROUNDS),
      ...NO_TEXT_GROUNDS,
    ])
    expect([...used].filter((token) => !known.has(token))).toEqual([])
  })
})

describe('the colors drawn outside the stylesheet (tab and home-screen icons, link cards)', () => {
  it('are the palette tokens they stand for', () => {
    expect(BRAND_COLORS).toEqual({accent: palette.get('--accent'), paper: palette.get('--paper')})
  })

  it('put text on the green at 4.5:1 or more', () => {
    expect(contrast('--paper', '--accent')).toBeGreaterThanOrEqual(4.5)
  })
})
