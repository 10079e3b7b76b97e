#!/usr/bin/env node
// Committed beside the package so pnpm can link the command on a fresh install, before
// `dist/` is built; the command itself is the compiled CLI.
import '../dist/cli/main.js'
