// The command-line scripts' option parsing (node:util's parseArgs): a mistyped option should cost the user one
// line on stderr and exit 2, not node's stack trace, and --help should show the usage the script already keeps
// in its header comment, so the two cannot drift apart.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** The leading `//` comment block of a module (after any #! line), without the comment markers. */
function headerComment(file) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  if (lines[0].startsWith('#!')) lines.shift();
  const end = lines.findIndex((l) => !l.startsWith('//'));
  const text = lines.slice(0, end < 0 ? lines.length : end).map((l) => l.replace(/^\/\/ ?/, ''));
  while (text.length && !text.at(-1).trim()) text.pop();
  return text.join('\n');
}

/**
 * parseArgs(config) for the script at `moduleUrl` (its import.meta.url), with `--help`/`-h` added: prints the
 * script's header comment and exits 0. A parse error (unknown option, missing value, unexpected positional)
 * prints `<script>: <message> (run with --help for usage)` to stderr and exits 2.
 */
export function parseCliArgs(moduleUrl, config) {
  const file = fileURLToPath(moduleUrl);
  const help = () => {
    process.stdout.write(`${headerComment(file)}\n`);
    process.exit(0);
  };
  const args = config.args ?? process.argv.slice(2);
  let parsed;
  try {
    parsed = parseArgs({ ...config, args, options: { ...config.options, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    if (!String(e.code).startsWith('ERR_PARSE_ARGS_')) throw e;
    // `--bogus --help` asks for the usage too.
    const ownArgs = args.includes('--') ? args.slice(0, args.indexOf('--')) : args;
    if (ownArgs.includes('--help') || ownArgs.includes('-h')) help();
    // Node's advice on passing a positional that starts with '-' only buries the option name.
    const message = (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? e.message.split('. ')[0] : e.message)
      .replace(/\s*\n\s*/g, ' ').replace(/\.$/, '');
    process.stderr.write(`${path.relative(process.cwd(), file) || file}: ${message} (run with --help for usage)\n`);
    process.exit(2);
  }
  if (parsed.values.help) help();
  delete parsed.values.help;
  return parsed;
}
