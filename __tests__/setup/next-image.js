// Jest's ES module mode hands a CommonJS module's whole exports object to a default import, so
// `import Image from 'next/image'` would get `{default: Image}`. Next's bundler unwraps it; this
// shim does the same for tests.
import nextImage from 'next/dist/shared/lib/image-external.js'

export default nextImage.default
export const getImageProps = nextImage.getImageProps
