/** One goal suggestion: a recent goal or a template's example that fits the page. */
export interface GoalSuggestion {
  id: string;
  text: string;
  kind: 'template' | 'recent';
}

interface Props {
  id: string;
  items: GoalSuggestion[];
  activeIndex: number;
  onPick(item: GoalSuggestion): void;
}

/** Listbox under the goal box; the textarea keeps focus and points at the active option. */
export function GoalSuggestions({ id, items, activeIndex, onPick }: Props) {
  return (
    <ul id={id} role="listbox" aria-label="Goal suggestions" class="suggestions">
      {items.map((item, i) => (
        <li
          key={item.id}
          id={`${id}-${i}`}
          role="option"
          aria-selected={i === activeIndex}
          class={i === activeIndex ? 'active' : undefined}
          // Keep focus in the textarea while choosing with the mouse.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onPick(item)}
        >
          <span class="badge">{item.kind === 'template' ? 'Template' : 'Recent'}</span> {item.text}
        </li>
      ))}
    </ul>
  );
}
