// Where a visitor can check a North Carolina license: each board runs its own lookup, linked
// from its home page. The boards move their lookup pages now and then, so these are the
// boards' home pages; link deeper only after checking the current address.
const BOARD_LOOKUPS: {credentials: string[]; board: string; url: string}[] = [
  {
    credentials: ['LCMHC', 'LCMHCS', 'LCMHCA'],
    board: 'NC Board of Licensed Clinical Mental Health Counselors',
    url: 'https://www.ncblcmhc.org/',
  },
  {
    credentials: ['LCSW', 'LCSWA'],
    board: 'NC Social Work Certification and Licensure Board',
    url: 'https://www.ncswboard.gov/',
  },
  {credentials: ['LMFT'], board: 'NC Marriage and Family Therapy Licensure Board', url: 'https://www.nclmft.org/'},
  {credentials: ['PhD', 'PsyD'], board: 'NC Psychology Board', url: 'https://www.ncpsychologyboard.org/'},
  {credentials: ['MD'], board: 'NC Medical Board', url: 'https://www.ncmedboard.org/'},
]

export function licenseLookup(credentials: readonly string[]): {board: string; url: string} | null {
  const match = BOARD_LOOKUPS.find((entry) => credentials.some((credential) => entry.credentials.includes(credential)))
  return match ? {board: match.board, url: match.url} : null
}
