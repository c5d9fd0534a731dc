import {spawn, type ChildProcess} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {waitForUrl} from './processes.ts'

export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((candidate) => existsSync(candidate)) ?? null

/** nginx serving one prerendered page as a static file, the yardstick for the site's throughput. */
export async function serveStatic(dir: string, html: string, port: number): Promise<{stop: () => Promise<void>}> {
  if (!NGINX) throw new Error('nginx is not installed (apt-get install nginx)')
  const root = path.join(dir, 'root')
  await mkdir(root, {recursive: true})
  await mkdir(path.join(dir, 'temp'), {recursive: true})
  await writeFile(path.join(root, 'index.html'), html)
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
  server {
    listen 127.0.0.1:${port};
    root ${root};
    location / { default_type text/html; try_files /index.html =404; }
  }
}
`,
  )
  const child: ChildProcess = spawn(NGINX, ['-c', conf, '-p', dir], {stdio: 'ignore'})
  await waitForUrl(`http://127.0.0.1:${port}/`, 10_000)
  return {
    stop: async () => {
      if (child.exitCode !== null) return
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
      child.kill('SIGQUIT')
      await exited
    },
  }
}
