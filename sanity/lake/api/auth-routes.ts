import {Hono} from 'hono'
import {z} from 'zod'
import {isLoopbackOrigin} from '../auth.ts'
import {LakeHttpError} from '../http.ts'
import type {LakeEnv} from './context.ts'
import {signInPage} from './sign-in-page.ts'

// Where to return after sign-in: only a page on a loopback origin, so the sign-in cannot be
// used to send a session id to another site.
const returnUrl = z
  .url('origin must be an absolute URL')
  .refine((value) => isLoopbackOrigin(new URL(value).origin), 'origin must be a page on this machine (loopback)')

const signInForm = z.object({
  origin: returnUrl,
  token: z.string().min(1, 'Enter the Studio password for this computer.'),
})

/** The Studio's token sign-in, as Sanity's `/auth` endpoints do it, with the lake's token. */
export const authRoutes = new Hono<LakeEnv>()
  .get('/auth/login', (c) => {
    const origin = returnUrl.safeParse(c.req.query('origin'))
    if (!origin.success) throw new LakeHttpError(400, 'httpBadRequest', origin.error.issues[0].message)
    return c.html(signInPage({origin: origin.data, defaultToken: c.get('lake').auth.usesSharedDefault}))
  })
  .post('/auth/login', async (c) => {
    const fields = Object.fromEntries(Object.entries(await c.req.parseBody()).map(([k, v]) => [k, String(v)]))
    const form = signInForm.safeParse(fields)
    if (!form.success) {
      const originIssue = form.error.issues.find((issue) => issue.path[0] === 'origin')
      if (originIssue) throw new LakeHttpError(400, 'httpBadRequest', originIssue.message)
      return c.html(
        signInPage({
          origin: fields.origin,
          error: form.error.issues[0].message,
          defaultToken: c.get('lake').auth.usesSharedDefault,
        }),
        400,
      )
    }
    const sessionId = c.get('lake').auth.startSession(form.data.token)
    if (!sessionId)
      return c.html(
        signInPage({
          origin: form.data.origin,
          error: 'That is not the Studio password for this computer.',
          defaultToken: c.get('lake').auth.usesSharedDefault,
        }),
        401,
      )
    const target = new URL(form.data.origin)
    target.hash = `sid=${sessionId}`
    return c.redirect(target.toString(), 303)
  })

/** Mounted under the API version too: the Studio's client asks `/v…/auth/...`. */
export const authApiRoutes = new Hono<LakeEnv>()
  .get('/auth/providers', (c) =>
    c.json({
      thirdPartyLogin: false,
      sso: {saml: false},
      providers: [{name: 'lake', title: 'Local lake token', url: `${c.get('lake').baseUrl}/auth/login`}],
    }),
  )
  .get('/auth/fetch', (c) => {
    const token = c.get('lake').auth.redeem(c.req.query('sid') ?? '')
    if (!token)
      throw new LakeHttpError(
        401,
        'unauthorizedError',
        'This sign-in link has expired or was already used: sign in again',
      )
    return c.json({token})
  })
  .post('/auth/logout', (c) => {
    c.get('lake').auth.signOut(c.req.header('authorization'))
    return c.json({ok: true})
  })
