// autocannon in a process of its own: `node load-generator.mjs '<options as JSON>'`. Prints one line of
// JSON: autocannon's result and the CPU seconds this process used (user + system), so the load
// generator's cost is measured, not guessed.
import autocannon from 'autocannon';

const options = JSON.parse(process.argv[2]);
const before = process.cpuUsage();
const result = await autocannon(options);
const used = process.cpuUsage(before);
process.stdout.write(`${JSON.stringify({ result, cpuSeconds: (used.user + used.system) / 1e6 })}\n`);
