# Flyte Console image: the static build behind an unprivileged nginx on port 8080 (flyte-core's flyteconsole
# Service targets 8080). See docs/deployment.md, "Container image".
#   docker build --build-arg CONSOLE_COMMIT=$(git rev-parse HEAD) -t flyte-console .
ARG NODE_IMAGE=node:20-bookworm-slim
ARG NGINX_IMAGE=nginxinc/nginx-unprivileged:1.28-alpine

FROM ${NODE_IMAGE} AS build
WORKDIR /src
COPY package.json package-lock.json .npmrc ./
RUN npm ci
COPY . .
# .git is not in the build context: the commit for version.json comes in as a build argument.
ARG CONSOLE_COMMIT=unknown
RUN CONSOLE_COMMIT="${CONSOLE_COMMIT}" npm run build && npm run build:render

FROM ${NGINX_IMAGE}
USER root
# node runs only the start-up renderer (one bundled file, no node_modules).
RUN apk add --no-cache nodejs && rm -f /etc/nginx/conf.d/default.conf
COPY deploy/image/nginx.conf /etc/nginx/nginx.conf
COPY deploy/nginx/console-http.conf deploy/nginx/console-server.conf deploy/nginx/flyteadmin-proxy.conf /etc/nginx/flyte-console/
COPY deploy/image/start.sh /opt/flyte-console/start.sh
COPY --from=build /src/build/image/render-config.mjs /opt/flyte-console/render-config.mjs
COPY --from=build /src/dist/ /usr/share/flyte-console/console/
# config.json is written at start-up into /tmp (writable under any UID, e.g. flyte-core's runAsUser 1000).
RUN rm -f /usr/share/flyte-console/console/config.json \
 && ln -s /tmp/flyte-console/config.json /usr/share/flyte-console/console/config.json \
 && chmod 0755 /opt/flyte-console/start.sh
USER 101
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD wget -q -O /dev/null http://127.0.0.1:8080/healthz || exit 1
ENTRYPOINT ["/opt/flyte-console/start.sh"]
CMD ["nginx", "-g", "daemon off;"]
