// `npm start`: serves the app with Vite's dev server on the bundled sample (--port N, --host to listen beyond localhost).
import { createServer } from 'vite';

function parseArgs(argv) {
  const options = { port: 5173, host: '127.0.0.1' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.split('=', 2);
    const value = () => inline ?? argv[++i];
    if (name === '--port') {
      const given = value();
      const port = Number(given);
      if (!Number.isInteger(port) || port < 1 || port > 65535) {
        console.error(`npm start: --port needs a number from 1 to 65535 (got "${given ?? ''}")`);
        process.exit(2);
      }
      options.port = port;
    } else if (name === '--host') {
      // `--host` alone listens on every interface, `--host ADDRESS` on that one.
      const next = inline ?? (argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[++i] : undefined);
      options.host = next ?? '0.0.0.0';
    } else if (name === '--help' || name === '-h') {
      console.log('Usage: npm start [-- --port N] [-- --host [ADDRESS]]');
      process.exit(0);
    } else {
      console.error(`npm start: unknown option "${arg}". Try --port N or --host.`);
      process.exit(2);
    }
  }
  return options;
}

const { port, host } = parseArgs(process.argv.slice(2));
const server = await createServer({ server: { port, host, strictPort: true }, clearScreen: false });
try {
  await server.listen();
} catch (error) {
  console.error(`npm start: could not listen on ${host}:${port} (${error.message}). Try another --port.`);
  process.exit(1);
}
const shown = host === '0.0.0.0' ? '127.0.0.1' : host;
console.log(`\n  Alliance Atlas is running at  http://${shown}:${port}/\n`);
if (host === '0.0.0.0') console.log(`  (listening on every network interface, port ${port})\n`);
console.log('  It opens on the bundled sample; add ?data=URL to open another dataset. Stop with Ctrl+C.\n');
