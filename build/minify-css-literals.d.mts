/** The CSS of one css`` literal, minified as the build does. */
export function minifyCss(text: string): string;
/** Whether the end of `text` is inside an open parenthesis. */
export function insideParentheses(text: string): boolean;
export function minifyCssLiterals(): { name: string; transform(code: string, id: string): { code: string; map: null } | null };
