import {Hono} from 'hono'
import {bodyLimit} from 'hono/body-limit'
import {LakeHttpError, MAX_ASSET_BODY_BYTES} from '../http.ts'
import {parseImageTransform, renderImage} from '../images.ts'
import {applyTransaction} from '../mutations.ts'
import {commitTransaction} from './commit.ts'
import {requireDataset, requireToken, type LakeEnv} from './context.ts'
import {identityOf} from './identity.ts'

const assetSizeLimit = bodyLimit({
  maxSize: MAX_ASSET_BODY_BYTES,
  onError: () => {
    throw new LakeHttpError(413, 'httpPayloadTooLarge', `Request body is larger than ${MAX_ASSET_BODY_BYTES} bytes`)
  },
})

export const assetRoutes = new Hono<LakeEnv>().post('/assets/images/:dataset', assetSizeLimit, async (c) => {
  requireDataset(c)
  requireToken(c, 'Uploading')
  const lake = c.get('lake')
  const bytes = Buffer.from(await c.req.arrayBuffer())
  if (!bytes.length) throw new LakeHttpError(400, 'httpBadRequest', 'Empty upload')
  const context = {projectId: lake.projectId, dataset: lake.dataset, baseUrl: lake.baseUrl}
  const asset = await lake.store.storeImage(bytes, context, c.req.query('filename')).catch((error: Error) => {
    throw new LakeHttpError(400, 'httpBadRequest', `Upload is not an image the lake can store: ${error.message}`)
  })
  const build = () =>
    applyTransaction([{createIfNotExists: asset}], (id) => lake.store.get(id), {identity: identityOf(c)})
  await commitTransaction(lake, build, {notifySite: false})
  return c.json({document: lake.store.get(asset._id)})
})

/** Images by file name, transformed like Sanity's image CDN. Mounted at the lake's root. */
export const imageRoutes = new Hono<LakeEnv>().get('/images/:projectId/:dataset/:fileName', async (c) => {
  const lake = c.get('lake')
  const {projectId, dataset, fileName} = c.req.param()
  if (projectId !== lake.projectId || dataset !== lake.dataset)
    throw new LakeHttpError(404, 'notFound', 'No such image')
  const transform = parseImageTransform(new URL(c.req.url).searchParams)
  const acceptsWebp = (c.req.header('accept') ?? '').includes('image/webp')
  const image = await renderImage(lake.store.imageFilePath(fileName), fileName, transform, acceptsWebp)
  return c.body(new Uint8Array(image.body), 200, {
    'content-type': image.contentType,
    // Asset URLs name the file's hash, so a given URL never changes content.
    'cache-control': 'public, max-age=31536000, immutable',
    vary: 'accept',
    // An SVG can carry script; opened on its own, it runs none here.
    ...(image.contentType === 'image/svg+xml'
      ? {'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'"}
      : {}),
  })
})
