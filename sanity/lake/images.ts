import {readFile} from 'node:fs/promises'
import sharp, {type FitEnum, type Sharp} from 'sharp'
import {z} from 'zod'
import {MIME_TYPES, parseImageFileName} from './assets.ts'
import {LakeHttpError} from './http.ts'

const dimension = z.coerce.number().int().min(1).max(5000)
const transformSchema = z.object({
  w: dimension.optional(),
  h: dimension.optional(),
  dpr: z.coerce.number().min(1).max(3).optional(),
  q: z.coerce.number().int().min(1).max(100).optional(),
  fit: z.enum(['clip', 'crop', 'fill', 'fillmax', 'max', 'scale', 'min']).optional(),
  fm: z.enum(['jpg', 'pjpg', 'png', 'webp', 'avif']).optional(),
  auto: z.literal('format').optional(),
  // Where fit=crop trims: around a focal point (fp-x, fp-y, fractions of the image), at the
  // busiest part (entropy), or to a side, as Sanity's image pipeline does.
  crop: z.enum(['focalpoint', 'entropy', 'center', 'top', 'bottom', 'left', 'right']).optional(),
  'fp-x': z.coerce.number().min(0).max(1).optional(),
  'fp-y': z.coerce.number().min(0).max(1).optional(),
  rect: z
    .string()
    .regex(/^\d+,\d+,\d+,\d+$/, 'rect is x,y,width,height')
    .transform((value) => value.split(',').map(Number) as [number, number, number, number])
    .optional(),
})

export type ImageTransform = z.infer<typeof transformSchema>

export function parseImageTransform(search: URLSearchParams): ImageTransform {
  const known = Object.fromEntries([...search].filter(([key]) => key in transformSchema.shape))
  const parsed = transformSchema.safeParse(known)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new LakeHttpError(400, 'httpBadRequest', `Image parameter ${issue.path.join('.')}: ${issue.message}`)
  }
  return parsed.data
}

// Sanity's fit modes, in sharp's terms: crop fills the box and trims, clip/max fit inside it.
const FIT: Record<NonNullable<ImageTransform['fit']>, keyof FitEnum> = {
  clip: 'inside',
  max: 'inside',
  crop: 'cover',
  fill: 'contain',
  fillmax: 'contain',
  scale: 'fill',
  min: 'outside',
}

// Where a crop without a focal point trims, in sharp's terms.
const POSITION: Record<NonNullable<ImageTransform['crop']>, string | number> = {
  focalpoint: 'centre',
  entropy: sharp.strategy.entropy,
  center: 'centre',
  top: 'top',
  bottom: 'bottom',
  left: 'left',
  right: 'right',
}

/** The largest box of `aspect` (width / height) in `region`, centred on (fx, fy) but kept inside. */
export function focalBox(
  region: {width: number; height: number},
  aspect: number,
  fx = 0.5,
  fy = 0.5,
): {left: number; top: number; width: number; height: number} {
  const width = Math.min(region.width, Math.round(region.height * aspect))
  const height = Math.min(region.height, Math.round(width / aspect))
  const clamp = (value: number, max: number) => Math.min(Math.max(0, Math.round(value)), max)
  return {
    left: clamp(fx * region.width - width / 2, region.width - width),
    top: clamp(fy * region.height - height / 2, region.height - height),
    width,
    height,
  }
}

export type RenderedImage = {body: Buffer; contentType: string}

const CACHE_LIMIT = 200
const rendered = new Map<string, RenderedImage>()

/** Renders an image as the Sanity image CDN would for these parameters (cached in memory). */
export async function renderImage(
  filePath: string,
  fileName: string,
  transform: ImageTransform,
  acceptsWebp: boolean,
): Promise<RenderedImage> {
  const info = parseImageFileName(fileName)
  if (!info) throw new LakeHttpError(404, 'notFound', `No image named ${fileName}`)
  const format =
    transform.fm ?? (transform.auto === 'format' && acceptsWebp && info.extension !== 'svg' ? 'webp' : info.extension)
  const key = `${fileName}|${JSON.stringify(transform)}|${format}`
  const cached = rendered.get(key)
  if (cached) return cached

  const source = await readFile(filePath).catch(() => {
    throw new LakeHttpError(404, 'notFound', `No image named ${fileName}`)
  })
  // No parameters: the file as uploaded, like Sanity's CDN, so `sanity dataset export` gets the
  // same bytes (and hashes) back. An SVG stays a vector whatever its size parameters, unless a
  // raster format is asked for by name (fm).
  const keepsSvg = info.extension === 'svg' && !transform.fm
  if ((Object.keys(transform).length === 0 && format === info.extension) || keepsSvg) {
    return {body: source, contentType: MIME_TYPES[info.extension] ?? 'application/octet-stream'}
  }
  let image = sharp(source)
  let region = {width: info.width, height: info.height}
  if (transform.rect) {
    const [left, top, width, height] = transform.rect
    if (left + width > info.width || top + height > info.height) {
      throw new LakeHttpError(400, 'httpBadRequest', 'rect lies outside the image')
    }
    image = image.extract({left, top, width, height})
    region = {width, height}
  }
  const dpr = transform.dpr ?? 1
  const width = transform.w && Math.round(transform.w * dpr)
  const height = transform.h && Math.round(transform.h * dpr)
  if (width && height && transform.fit === 'crop' && transform.crop === 'focalpoint') {
    // The box's shape cut from the image, centred on the focal point as far as the edges allow.
    image = sharp(await image.toBuffer()).extract(
      focalBox(region, width / height, transform['fp-x'], transform['fp-y']),
    )
    image = image.resize({width, height})
  } else if (width || height) {
    image = image.resize({
      width,
      height,
      fit: FIT[transform.fit ?? 'clip'],
      withoutEnlargement: transform.fit === 'max',
      background: {r: 255, g: 255, b: 255, alpha: 1},
      position: POSITION[transform.crop ?? 'center'],
    })
  }
  const quality = transform.q ?? 75
  const output = encode(image, format, quality)
  const result = {body: await output.buffer, contentType: output.contentType}
  if (rendered.size >= CACHE_LIMIT) rendered.delete(rendered.keys().next().value as string)
  rendered.set(key, result)
  return result
}

function encode(image: Sharp, format: string, quality: number) {
  switch (format) {
    case 'webp':
      return {buffer: image.webp({quality}).toBuffer(), contentType: 'image/webp'}
    case 'avif':
      return {buffer: image.avif({quality}).toBuffer(), contentType: 'image/avif'}
    case 'png':
      return {buffer: image.png().toBuffer(), contentType: 'image/png'}
    case 'pjpg':
      return {buffer: image.jpeg({quality, progressive: true}).toBuffer(), contentType: 'image/jpeg'}
    default:
      return {buffer: image.jpeg({quality}).toBuffer(), contentType: 'image/jpeg'}
  }
}
