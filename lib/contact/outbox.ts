import {randomUUID} from 'node:crypto'
import {mkdir} from 'node:fs/promises'
import path from 'node:path'
import {writeFileAtomic} from '../files.ts'
import type {AppointmentRequest} from './schema.ts'

/**
 * One file per request, written whole or not at all (temporary file, flush, rename), with a
 * unique name, so two requests arriving together can never overwrite or corrupt each other.
 */
export async function writeToOutbox(
  dir: string,
  request: AppointmentRequest,
  receivedAt = new Date(),
): Promise<string> {
  await mkdir(dir, {recursive: true})
  // Marked for Turbopack: the folder is known only at run time, and without the mark the
  // standalone build copied every JSON file of the project as one this might write.
  const file = path.join(
    /* turbopackIgnore: true */ dir,
    `${receivedAt.toISOString().replace(/[:.]/g, '-')}-${randomUUID()}.json`,
  )
  await writeFileAtomic(file, `${JSON.stringify({receivedAt: receivedAt.toISOString(), ...request}, null, 2)}\n`)
  return file
}
