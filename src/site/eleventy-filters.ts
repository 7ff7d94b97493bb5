// Template filters, registered as one plugin. Filters format; they never search or join.

interface FilterHost {
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
}

/** "1 quote", "3 quotes". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function filtersPlugin(config: FilterHost): void {
  config.addFilter('plural', plural as (...args: never[]) => unknown);
}
