#!/usr/bin/env node
// The CLI runs from compiled JavaScript bundled by esbuild: `npm run build` writes dist/ (tsc) and
// dist/bundle/ (scripts/bundle-cli.mjs), fewer files for Node to load at each start (issue #14).
import { main } from "../dist/bundle/main.js";

process.exitCode = await main(process.argv.slice(2));
