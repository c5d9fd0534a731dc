import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {SMTPServer} from 'smtp-server'

// A local mail server for the browser tests: it accepts any message on loopback and writes it
// to a folder, where a test can read what the site sent. Never used outside the tests.
const port = Number(process.env.SMTP_SINK_PORT ?? 2525)
const dir = path.resolve(process.env.SMTP_SINK_DIR ?? '.lake/e2e-mail')
await mkdir(dir, {recursive: true})
let count = 0

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, _session, callback) {
    const chunks: Buffer[] = []
    stream.on('data', (chunk: Buffer) => chunks.push(chunk))
    stream.on('end', () => {
      writeFile(path.join(dir, `${Date.now()}-${count++}.eml`), Buffer.concat(chunks)).then(() => callback(), callback)
    })
  },
})
server.listen(port, '127.0.0.1', () => console.log(`[smtp-sink] listening on ${port}, writing to ${dir}`))
