// Commands whose modules are loaded only when one of them runs. The CLI is one process per
// command, and what it loads it keeps: the claim, export and backup commands bring zod, the
// note schema (TipTap) and the zip and Markdown libraries, about 40 MB that an import of
// 10,000 files would otherwise carry to its peak for nothing (issue 14 bounds that peak).
import type { Command } from './command';

export type CommandGroup = Record<string, Command>;

/** `names` are the group's commands, checked against the module by lazy-commands.test.ts. */
export function lazyCommands(names: readonly string[], load: () => Promise<CommandGroup>): CommandGroup {
  return Object.fromEntries(names.map((name) => [name, async (lib, args, values, io) => (await load())[name](lib, args, values, io)] satisfies [string, Command]));
}

export const LAZY_GROUPS = {
  claims: { names: ['claim', 'claims', 'link', 'review'], load: async () => (await import('./claim-commands')).claimCommands },
  export: { names: ['export', 'import-json'], load: async () => (await import('./export-commands')).exportCommands },
  backups: { names: ['backup', 'backups'], load: async () => (await import('./backup-commands')).backupCommands },
} satisfies Record<string, { names: readonly string[]; load: () => Promise<CommandGroup> }>;

export const lazyGroups: CommandGroup = Object.assign({}, ...Object.values(LAZY_GROUPS).map((g) => lazyCommands(g.names, g.load)));
