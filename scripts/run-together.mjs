// Runs npm scripts side by side (`node scripts/run-together.mjs check lint "build test:built"`:
// each argument is one lane; the scripts in a lane run one after another). Each lane's output
// is printed whole when it ends, so lanes never interleave; the exit code is the first
// failing lane's. The test command's steps that do not need each other share the machine
// this way rather than waiting in line.
import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function runLane(scripts) {
  return new Promise((resolve) => {
    const chunks = [];
    const next = (i) => {
      if (i === scripts.length) return resolve({ scripts, code: 0, output: Buffer.concat(chunks) });
      const child = spawn(npm, ['run', scripts[i]], { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
      child.stdout.on('data', (c) => chunks.push(c));
      child.stderr.on('data', (c) => chunks.push(c));
      child.on('close', (code) => (code === 0 ? next(i + 1) : resolve({ scripts, code: code ?? 1, output: Buffer.concat(chunks) })));
    };
    next(0);
  });
}

const lanes = process.argv.slice(2).map((lane) => lane.split(/\s+/).filter(Boolean));
const results = await Promise.all(
  lanes.map((lane) =>
    runLane(lane).then((r) => {
      process.stdout.write(r.output);
      console.log(`${r.code === 0 ? 'done' : `FAILED (exit ${r.code})`}: ${r.scripts.join(', ')}`);
      return r;
    }),
  ),
);
process.exit(results.find((r) => r.code !== 0)?.code ?? 0);
