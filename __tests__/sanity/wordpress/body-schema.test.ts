import {describe, expect, it} from '@jest/globals'
import {createSchema, type ArraySchemaType, type ObjectSchemaType} from 'sanity'
import {schemaTypes} from '../../../sanity/schemaTypes/index.ts'
import {bodySchema} from '../../../sanity/wordpress/html-to-blocks.ts'

// The importer declares the body's features itself (plain Node cannot load the Studio schema);
// this keeps that declaration and the Studio's blockContent from drifting apart.
describe('the importer’s idea of an article body', () => {
  it('matches blockContent in the Studio schema', () => {
    const post = createSchema({name: 'check', types: schemaTypes}).get('post') as ObjectSchemaType
    const body = post.fields.find((field) => field.name === 'body')?.type as ArraySchemaType
    type Field = {name: string; type: {of?: {name: string}[]; options?: {list?: {value: string}[]}}}
    const block = body.of.find((member) => member.name === 'block') as unknown as {fields: Field[]}
    const listOf = (field: string) =>
      block.fields.find((f) => f.name === field)?.type.options?.list?.map((item) => item.value)
    const children = block.fields.find((f) => f.name === 'children')?.type
    const markDefs = block.fields.find((f) => f.name === 'markDefs')?.type.of?.map((member) => member.name)
    expect(bodySchema.styles.map((s) => s.name)).toEqual(listOf('style'))
    expect(bodySchema.lists.map((l) => l.name)).toEqual(listOf('listItem'))
    // The importer makes plain links only; the Studio also has links to other articles.
    expect(markDefs).toEqual(expect.arrayContaining(bodySchema.annotations.map((a) => a.name)))
    expect(children).toBeDefined()
    expect(bodySchema.blockObjects.map((o) => o.name)).toEqual(
      body.of.filter((member) => member.name !== 'block').map((member) => member.name),
    )
  })
})
