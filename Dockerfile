# The site as a container image: built from this repository, run from Next's standalone output
# (docs/going-live.md). The build stage talks to the Sanity project named by the build arguments;
# the final stage holds the standalone folder and Node, with no dev dependencies and no sources.

FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
# Public values are written into the pages and scripts at build time.
ARG NEXT_PUBLIC_SANITY_PROJECT_ID
ARG NEXT_PUBLIC_SANITY_DATASET=production
ARG NEXT_PUBLIC_SITE_URL
# One id per build: a browser holding a page of an older build reloads it whole on its next
# navigation instead of mixing the two builds' scripts.
ARG NEXT_DEPLOYMENT_ID
ENV NEXT_PUBLIC_SANITY_PROJECT_ID=$NEXT_PUBLIC_SANITY_PROJECT_ID \
    NEXT_PUBLIC_SANITY_DATASET=$NEXT_PUBLIC_SANITY_DATASET \
    NEXT_PUBLIC_SITE_URL=$NEXT_PUBLIC_SITE_URL \
    NEXT_DEPLOYMENT_ID=$NEXT_DEPLOYMENT_ID \
    NEXT_TELEMETRY_DISABLED=1
# The server actions' key, the same for every build, so a form on a page of the previous build
# still reaches its action on the next one. A secret: it never lands in a layer.
RUN --mount=type=secret,id=actions_key,env=NEXT_SERVER_ACTIONS_ENCRYPTION_KEY npm run build

FROM node:24-bookworm-slim AS site
WORKDIR /app
ENV NODE_ENV=production \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    NEXT_TELEMETRY_DISABLED=1 \
    NEXT_MANUAL_SIG_HANDLE=1 \
    SHUTDOWN_DRAIN_SECONDS=10
COPY --from=build --chown=node:node /app/.next/standalone ./
# The official image's unprivileged user. It writes only inside /app: its page cache, and the
# outbox of appointment requests when no SMTP server is configured.
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/api/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node as PID 1 gets the runtime's SIGTERM itself (lib/server/shutdown.ts), with no shell between.
CMD ["node", "server.js"]
