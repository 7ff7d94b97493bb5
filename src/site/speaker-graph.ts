// Who speaks to or about whom in a briefing, as a small picture: speakers and the people their
// quotes name or address, on a circle, with one arrow per pair. Geometry and the sentences of
// its text alternative; the template draws it.
export interface GraphLink {
  readonly from: { readonly key: string; readonly name: string };
  readonly to: { readonly key: string; readonly name: string };
  readonly kind: 'to' | 'about';
}

export interface SpeakerGraphView {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly { readonly key: string; readonly x: number; readonly y: number; readonly label: string; readonly labelX: number; readonly labelY: number; readonly anchor: 'start' | 'middle' | 'end'; readonly speaks: boolean }[];
  readonly edges: readonly { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number; readonly kind: 'to' | 'about'; readonly count: number }[];
  /** "Colin Kahl speaks to Elon Musk (1 quote)." one per edge: the text alternative. */
  readonly sentences: readonly string[];
}

const WIDTH = 600;
const HEIGHT = 300;
const RX = 130;
const RY = 105;
const NODE = 7;
const MAX_LABEL = 22;

/** The picture, or null when no quote names or addresses anyone. */
export function buildSpeakerGraph(links: readonly GraphLink[]): SpeakerGraphView | null {
  const pairs = new Map<string, { link: GraphLink; count: number }>();
  for (const link of links) {
    if (link.from.key === link.to.key) continue;
    const id = `${link.from.key}\u0000${link.to.key}\u0000${link.kind}`;
    const pair = pairs.get(id);
    if (pair) pair.count++;
    else pairs.set(id, { link, count: 1 });
  }
  if (pairs.size === 0) return null;
  const names = new Map<string, string>();
  const speakers = new Set<string>();
  for (const { link } of pairs.values()) {
    names.set(link.from.key, link.from.name);
    names.set(link.to.key, link.to.name);
    speakers.add(link.from.key);
  }
  const keys = [...names.keys()];
  const place = new Map(keys.map((key, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / keys.length;
    return [key, { x: WIDTH / 2 + RX * Math.cos(angle), y: HEIGHT / 2 + RY * Math.sin(angle), angle }];
  }));
  const nodes = keys.map((key) => {
    const { x, y, angle } = place.get(key)!;
    const cos = Math.cos(angle);
    const anchor: 'start' | 'middle' | 'end' = cos > 0.3 ? 'start' : cos < -0.3 ? 'end' : 'middle';
    return {
      key, x: round(x), y: round(y), label: shorten(names.get(key)!), speaks: speakers.has(key), anchor,
      labelX: round(x + cos * 14), labelY: round(y + Math.sin(angle) * 16 + 4),
    };
  });
  const edges = [...pairs.values()].map(({ link, count }) => {
    const a = place.get(link.from.key)!;
    const b = place.get(link.to.key)!;
    const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const ux = (b.x - a.x) / length;
    const uy = (b.y - a.y) / length;
    // Two arrows between the same two people (to and about, or each way) would lie on one line:
    // each is moved off the line to its own side.
    const shared = [...pairs.values()].some((p) => p.link !== link && sameNodes(p.link, link));
    // Sides are taken across the line drawn one fixed way (lower key to higher), whichever way the arrow points.
    const forward = link.from.key < link.to.key ? 1 : -1;
    const side = shared ? (link.kind === 'about' ? 5 : -5) * forward : 0;
    const ox = -uy * forward * side;
    const oy = ux * forward * side;
    // Stop short of the nodes so that the arrowhead shows.
    return {
      x1: round(a.x + ux * NODE + ox), y1: round(a.y + uy * NODE + oy),
      x2: round(b.x - ux * (NODE + 4) + ox), y2: round(b.y - uy * (NODE + 4) + oy),
      kind: link.kind, count,
    };
  });
  const sentences = [...pairs.values()].map(({ link, count }) =>
    `${link.from.name} ${link.kind === 'to' ? 'speaks to' : 'speaks about'} ${link.to.name} (${count} ${count === 1 ? 'quote' : 'quotes'}).`);
  return { width: WIDTH, height: HEIGHT, nodes, edges, sentences };
}

const shorten = (name: string): string => (name.length > MAX_LABEL ? `${name.slice(0, MAX_LABEL - 1).trimEnd()}…` : name);

const round = (n: number): number => Math.round(n * 10) / 10;

const sameNodes = (a: GraphLink, b: GraphLink): boolean =>
  (a.from.key === b.from.key && a.to.key === b.to.key) || (a.from.key === b.to.key && a.to.key === b.from.key);
