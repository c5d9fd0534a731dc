import {describe, expect, it} from '@jest/globals'
import {NextRequest} from 'next/server'
import {proxy} from '../proxy'

const statusOf = (path: string) => proxy(new NextRequest(`http://localhost${path}`)).status

describe('proxy', () => {
  it('answers malformed page numbers and slugs with a 404 before rendering', () => {
    for (const path of ['/blog/page/0', '/blog/page/2abc', '/blog/page/-1', '/blog/Bad_Slug', '/blog/category/a%20b', '/team/..%2Fetc', '/blog/category/ok/page/x']) {
      expect({path, status: statusOf(path)}).toEqual({path, status: 404})
    }
  })

  it('lets well-formed URLs through to their pages', () => {
    for (const path of ['/blog', '/blog/page/2', '/blog/some-article', '/blog/category/recovery', '/blog/category/recovery/page/3', '/team/maya-ellison']) {
      expect({path, status: statusOf(path)}).toEqual({path, status: 200})
    }
  })
})
