import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {z} from 'zod'
import {importWordPress} from '../sanity/wordpress/import.ts'
import {formatReport} from '../sanity/wordpress/report.ts'
import {folderTarget, lakeTarget} from '../sanity/wordpress/targets.ts'
import {WxrError} from '../sanity/wordpress/wxr.ts'
import {scriptClient} from './content-client.ts'

const USAGE =
  'npm run import:wordpress -- <export.xml> [--uploads DIR] [--out DIR | --lake] [--dry-run] [--report FILE]'

const argsSchema = z
  .object({
    file: z.string({error: `give the export file: ${USAGE}`}).min(1),
    uploads: z.string().optional(),
    out: z.string().optional(),
    lake: z.boolean().default(false),
    dryRun: z.boolean().default(false),
    report: z.string().optional(),
  })
  .refine((a) => !(a.out && a.lake), {message: 'choose one of --out DIR and --lake'})
  .refine((a) => a.out || a.lake || a.dryRun, {
    message: `say where to write: --out DIR or --lake (or --dry-run). ${USAGE}`,
  })

async function main() {
  const {values, positionals} = parseArgs({
    allowPositionals: true,
    options: {
      uploads: {type: 'string'},
      out: {type: 'string'},
      lake: {type: 'boolean'},
      'dry-run': {type: 'boolean'},
      report: {type: 'string'},
    },
  })
  const args = argsSchema.parse({...values, dryRun: values['dry-run'], file: positionals[0]})
  // The running site's lake by default; SANITY_* variables point it at a real project instead.
  const client = scriptClient(['SANITY_API_WRITE_TOKEN'])
  const target = args.out ? folderTarget(path.resolve(args.out), args.dryRun) : lakeTarget(client, args.dryRun)
  const report = await importWordPress({
    file: path.resolve(args.file),
    uploadsDir: args.uploads && path.resolve(args.uploads),
    target,
    dryRun: args.dryRun,
  })
  console.log(formatReport(report))
  const reportFile = args.report ?? (args.out ? path.join(args.out, 'wordpress-import-report.json') : undefined)
  if (reportFile && !args.dryRun) await writeFile(reportFile, `${JSON.stringify(report, null, 2)}\n`)
}

main().catch((error: unknown) => {
  if (error instanceof z.ZodError) console.error(`import:wordpress: ${error.issues.map((i) => i.message).join('; ')}`)
  else if (error instanceof WxrError) console.error(`import:wordpress: ${error.message}. Nothing was written.`)
  else console.error(`import:wordpress: ${(error as Error).message}`)
  process.exitCode = 1
})
