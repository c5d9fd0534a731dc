import {mkdtemp, readdir, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest} from '@jest/globals'
import {SMTPServer} from 'smtp-server'
import {deliverAppointment} from '../../../lib/contact/deliver.ts'
import {writeToOutbox} from '../../../lib/contact/outbox.ts'
import type {AppointmentRequest} from '../../../lib/contact/schema.ts'
import {freePort} from '../../helpers/process.ts'

const request: AppointmentRequest = {
  name: 'Sam Rivera',
  phone: '828-555-0199',
  preferredContact: 'phone',
  service: 'group-therapy',
}

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'outbox-test-'))
})
afterEach(() => rm(dir, {recursive: true, force: true}))

describe('the outbox', () => {
  it('writes one complete file per request, even when many arrive at once', async () => {
    const many = Array.from({length: 25}, (_, i) => ({...request, name: `Person ${i}`}))
    await Promise.all(many.map((r) => writeToOutbox(dir, r)))
    const files = await readdir(dir)
    expect(files.filter((f) => f.endsWith('.json'))).toHaveLength(25)
    expect(files.some((f) => f.endsWith('.tmp'))).toBe(false)
    const names = await Promise.all(files.map(async (f) => JSON.parse(await readFile(path.join(dir, f), 'utf8')).name))
    expect(names.sort()).toEqual(many.map((r) => r.name).sort())
  })
})

describe('delivery', () => {
  let server: SMTPServer
  let port: number
  const received: string[] = []

  beforeAll(async () => {
    port = await freePort()
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, callback) {
        let message = ''
        stream.on('data', (chunk: Buffer) => (message += chunk.toString()))
        stream.on('end', () => {
          received.push(message)
          callback()
        })
      },
    })
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('sends by SMTP when it is configured, with no name or health detail in the subject', async () => {
    const via = await deliverAppointment(
      {
        smtpUrl: `smtp://127.0.0.1:${port}`,
        to: 'office@resilientmind.example',
        from: 'site@resilientmind.example',
        outboxDir: dir,
      },
      request,
    )
    expect(via).toBe('email')
    expect(received.at(-1)).toMatch(/Subject: New appointment request from the website/)
    expect(received.at(-1)).toContain('Name: Sam Rivera')
    expect(await readdir(dir)).toEqual([])
  })

  it('keeps the request in the outbox when SMTP fails, and logs nothing of its contents', async () => {
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const via = await deliverAppointment(
      {smtpUrl: `smtp://127.0.0.1:${await freePort()}`, to: 'office@resilientmind.example', outboxDir: dir},
      request,
    )
    expect(via).toBe('outbox')
    expect(await readdir(dir)).toHaveLength(1)
    expect(JSON.stringify(log.mock.calls)).not.toContain('Sam Rivera')
    log.mockRestore()
  })

  it('writes to the outbox when no SMTP server is configured', async () => {
    expect(await deliverAppointment({outboxDir: dir}, request)).toBe('outbox')
    const [file] = await readdir(dir)
    expect(JSON.parse(await readFile(path.join(dir, file), 'utf8'))).toMatchObject({
      ...request,
      receivedAt: expect.any(String),
    })
  })
})
