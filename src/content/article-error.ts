/** A problem with one input file, worded for the person who wrote it: `file:line: message`. */
export class ArticleError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
    readonly line: number | null = null,
  ) {
    super(`${line === null ? file : `${file}:${line}`}: ${detail}`);
    this.name = 'ArticleError';
  }
}
