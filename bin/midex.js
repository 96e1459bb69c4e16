#!/usr/bin/env node
// The CLI is compiled by `npm run build:node` (run by `npm ci` through `prepare`).
require("../dist/node/src/cli/main.js");
