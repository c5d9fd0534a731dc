import {open, rename, rm} from 'node:fs/promises'
import path from 'node:path'

/**
 * Writes a file so that a crash at any moment leaves either the old or the new content:
 * write a temporary sibling, flush it to disk, rename it over the target, flush the folder.
 */
export async function writeFileAtomic(target: string, content: string | Buffer): Promise<void> {
  const temp = `${target}.${process.pid}.${Date.now()}.tmp`
  const handle = await open(temp, 'w')
  try {
    await handle.writeFile(content)
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    await rename(temp, target)
  } catch (error) {
    await rm(temp, {force: true})
    throw error
  }
  await syncDirectory(path.dirname(target))
}

async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}
