#!/bin/sh
# The image's entry point. Writes /tmp/flyte-console/config.json (served as /console/config.json) and csp.conf
# from the mounted file or the CONSOLE_* variables, validated like the console validates them; on any problem
# it prints them all and exits 1, so nginx never serves a console that cannot work. Then runs the command.
set -eu
node "${CONSOLE_RENDERER:-/opt/flyte-console/render-config.mjs}"
exec "$@"
