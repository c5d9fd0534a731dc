import {spawn, type ChildProcess} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {waitForUrl} from './processes.ts'

export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((candidate) => existsSync(candidate)) ?? null

export type Nginx = {stop: () => Promise<void>}

/** nginx serving one prerendered page as a static file, the yardstick for the site's throughput. */
export async function serveStatic(dir: string, html: string, port: number): Promise<Nginx> {
  const root = path.join(dir, 'root')
  await mkdir(root, {recursive: true})
  await writeFile(path.join(root, 'index.html'), html)
  return runNginx(
    dir,
    `server {
    listen 127.0.0.1:${port};
    root ${root};
    location / { default_type text/html; try_files /index.html =404; }
  }`,
    `http://127.0.0.1:${port}/`,
  )
}

/**
 * The repository's nginx configuration for the site (deploy/nginx-site.conf.template), filled in
 * as envsubst would, as a container or a VM runs it.
 */
export async function serveSiteConfig(dir: string, values: Record<string, string>, checkUrl: string): Promise<Nginx> {
  const template = await readFile('deploy/nginx-site.conf.template', 'utf8')
  const site = template.replace(/\$\{([A-Z_]+)\}/g, (whole, name: string) => values[name] ?? whole)
  return runNginx(dir, site, checkUrl)
}

/** nginx in the foreground with `server` as its only site, its files and logs under `dir`. */
async function runNginx(dir: string, server: string, checkUrl: string): Promise<Nginx> {
  if (!NGINX) throw new Error('nginx is not installed (apt-get install nginx)')
  await mkdir(path.join(dir, 'temp'), {recursive: true})
  const conf = path.join(dir, 'nginx.conf')
  await writeFile(
    conf,
    `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/temp;
  proxy_temp_path ${dir}/temp;
  fastcgi_temp_path ${dir}/temp;
  uwsgi_temp_path ${dir}/temp;
  scgi_temp_path ${dir}/temp;
  ${server}
}
`,
  )
  const child: ChildProcess = spawn(NGINX, ['-c', conf, '-p', dir], {stdio: 'ignore'})
  await waitForUrl(checkUrl, 10_000)
  return {
    stop: async () => {
      if (child.exitCode !== null) return
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
      child.kill('SIGQUIT')
      await exited
    },
  }
}
