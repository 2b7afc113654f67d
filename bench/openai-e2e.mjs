#!/usr/bin/env node
// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The peer's end-to-end path: the openai npm SDK streams a chat completion from BASE_URL and
// accumulates choice 0's content (what a chat client does), then prints the text's SHA-256.
//   SSEBENCH_DEPS=<dir with node_modules/openai> node openai-e2e.mjs BASE_URL
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import path from 'node:path';

const require = createRequire(path.join(path.resolve(process.env.SSEBENCH_DEPS || '.'), 'noop.js'));
const OpenAI = require('openai').default ?? require('openai');
const client = new OpenAI({ baseURL: process.argv[2], apiKey: 'bench', maxRetries: 0 });
const stream = await client.chat.completions.create({
  model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }], stream: true,
});
let text = '';
const args = [];
for await (const chunk of stream) {
  const delta = chunk.choices[0]?.delta;
  if (!delta) continue;
  if (delta.content) text += delta.content;
  for (const tc of delta.tool_calls ?? []) {
    if (tc.function?.arguments) args[tc.index] = (args[tc.index] ?? '') + tc.function.arguments;
  }
}
console.log(createHash('sha256').update(text + args.join('')).digest('hex'));
