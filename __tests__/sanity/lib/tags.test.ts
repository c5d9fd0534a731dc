import {describe, expect, it} from '@jest/globals'
import {tagsForChange} from '../../../sanity/lib/tags.ts'

describe('tagsForChange', () => {
  it('maps each document type to the pages that show it', () => {
    expect(tagsForChange({_type: 'post', slug: 'a'})).toEqual(['post:list', 'post:a'])
    expect(tagsForChange({_type: 'siteSettings'})).toEqual(['settings'])
    expect(tagsForChange({_type: 'clinician'})).toEqual(['clinician:list', 'post:list', 'post:all', 'group:list'])
    expect(tagsForChange({_type: 'group', slug: 'iop-morning-group'})).toEqual(['group:list'])
    expect(tagsForChange({_type: 'practiceDetails'})).toEqual(['practice'])
    expect(tagsForChange({_type: 'category'})).toEqual(['category:list', 'post:list', 'post:all'])
  })

  it('expires nothing for types no page shows', () => {
    expect(tagsForChange({_type: 'sanity.imageAsset'})).toEqual([])
  })
})
