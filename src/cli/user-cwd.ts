// Makes relative paths on the command line mean the caller's folder: `npm run` starts scripts in the project root.
const CLI_SCRIPTS = new Set(['validate', 'analyze', 'convert', 'generate', 'export:html']);

/**
 * npm keeps the folder the user typed the command in as INIT_CWD. Move there, but only when npm ran one
 * of our commands directly, so that tests and other scripts that spawn a command keep their own folder.
 */
export function enterCallerFolder(env: NodeJS.ProcessEnv = process.env): void {
  const caller = env.INIT_CWD;
  if (!caller || !CLI_SCRIPTS.has(env.npm_lifecycle_event ?? '') || caller === process.cwd()) return;
  try {
    process.chdir(caller);
  } catch {
    // The folder has gone away: paths then stay relative to the project root, as before.
  }
}

enterCallerFolder();
