// One way to turn anything thrown into the sentence a user reads.

/** The message of an Error, or the thrown value as text (a string, a number, an object from a worker). */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The first line of messageOf: what a one-line report (a command's stderr) shows of a multi-line message. */
export const firstLineOf = (error: unknown): string => messageOf(error).split('\n')[0] ?? '';

/** The thrown value as an Error: itself when it is one, else an Error with messageOf's words (a promise rejects with this). */
export const errorOf = (error: unknown): Error => (error instanceof Error ? error : new Error(messageOf(error)));
