/**
 * Element refs ("e1", "e2"…) of the latest snapshot, so a `{ ref }` locator can find the element
 * again. Holds weak references: a removed element can be collected and then no longer resolves.
 */
export class RefRegistry {
  private refs = new Map<string, WeakRef<Element>>();
  private byElement = new WeakMap<Element, string>();

  /** Replaces the registry with the refs of a new snapshot. */
  replace(entries: Array<[ref: string, el: Element]>): void {
    this.refs = new Map();
    this.byElement = new WeakMap();
    for (const [ref, el] of entries) {
      this.refs.set(ref, new WeakRef(el));
      this.byElement.set(el, ref);
    }
  }

  /** The element behind `ref`, if it is still in a document. */
  resolve(ref: string): Element | undefined {
    const el = this.refs.get(ref.trim().toLowerCase())?.deref();
    return el && el.isConnected ? el : undefined;
  }

  /**
   * The element's ref, adding it under the next free number when the latest snapshot did not list
   * it. Existing refs never move, so refs a planner already holds stay valid.
   */
  ensure(el: Element): string {
    const known = this.byElement.get(el);
    if (known) return known;
    let n = this.refs.size + 1;
    while (this.refs.has(`e${n}`)) n++;
    const ref = `e${n}`;
    this.refs.set(ref, new WeakRef(el));
    this.byElement.set(el, ref);
    return ref;
  }

  /** The ref of an element in the latest snapshot. */
  refOf(el: Element): string | undefined {
    return this.byElement.get(el);
  }

  /** Number of refs held. */
  get size(): number {
    return this.refs.size;
  }
}
