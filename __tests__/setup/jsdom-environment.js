import JSDOMEnvironment from 'jest-environment-jsdom'

/**
 * jsdom, plus the Node globals it leaves out that Next's server modules and @sanity/client use
 * when a test renders a Server Component with real data. (Not MessageChannel: with it, jest
 * never exits.)
 */
export default class JSDOMWithNodeGlobals extends JSDOMEnvironment {
  constructor(...args) {
    super(...args)
    // Resolve packages' Node builds: @sanity/client's browser build sends requests through
    // jsdom's XMLHttpRequest, which is not how a Server Component reaches the Content Lake.
    this.customExportConditions = ['node', 'node-addons']
    const {fetch, Request, Response, Headers, FormData, AbortController, AbortSignal, structuredClone} = globalThis
    const {TextDecoder, TextEncoder, ReadableStream, WritableStream, TransformStream, MessagePort} = globalThis
    Object.assign(this.global, {
      fetch,
      Request,
      Response,
      Headers,
      FormData,
      AbortController,
      AbortSignal,
      structuredClone,
      TextDecoder,
      TextEncoder,
      ReadableStream,
      WritableStream,
      TransformStream,
      MessagePort,
    })
  }
}
