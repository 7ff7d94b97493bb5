// URL-safe ids from names and titles: "Elon Musk" -> "elon-musk", "Zoë Ó Briain" -> "zoe-o-briain".
// Only [a-z0-9-] survive, so a slug can never climb out of its folder ("..") or be absolute.

/** The slug of a name; "item" when nothing usable is left. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return slug || 'item';
}

/** Slugs that stay unique: the second "elon-musk" becomes "elon-musk-2". */
export function uniqueSlugger(): (name: string) => string {
  const seen = new Set<string>();
  return (name) => {
    const base = slugify(name);
    let slug = base;
    for (let n = 2; seen.has(slug); n++) slug = `${base}-${n}`;
    seen.add(slug);
    return slug;
  };
}
