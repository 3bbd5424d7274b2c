// SPDX-License-Identifier: MIT
// Starts and stops the stripe-sim process the node suites drive.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import readline from 'node:readline';

/** Starts stripe-sim ($STRIPE_SIM) with `args` on a free port; resolves when it prints its line. */
export async function startSim(args) {
  assert.ok(process.env.STRIPE_SIM, 'STRIPE_SIM must point at the stripe-sim binary');
  const proc = spawn(process.env.STRIPE_SIM, ['--port', '0', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = readline.createInterface({ input: proc.stdout });
  const line = await new Promise((resolveLine, reject) => {
    lines.once('line', resolveLine);
    proc.once('exit', (code) => reject(new Error(`stripe-sim exited with ${code}`)));
  });
  const match = /^stripe-sim listening on (http:\/\/127\.0\.0\.1:(\d+))$/.exec(line);
  assert.ok(match, `unexpected first line: ${line}`);
  return { proc, url: match[1], port: Number(match[2]) };
}

export const running = (proc) => proc.exitCode === null && proc.signalCode === null;

/** SIGTERM, then its exit code (a crash: what it died of). */
export async function stopSim(proc) {
  if (!running(proc)) return proc.exitCode; // a crash (signalCode) never emits 'exit' again
  const exited = new Promise((r) => proc.once('exit', (code) => r(code)));
  proc.kill('SIGTERM');
  return exited;
}
