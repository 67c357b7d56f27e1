import type { TemplateSummary } from '../../messaging/protocol';
import { templateFits } from '../state/templates-store';

/** One goal suggestion: a recent goal or a template's example that fits the page. */
export interface GoalSuggestion {
  id: string;
  text: string;
  kind: 'template' | 'recent';
  /** A template made for the page's site (not one that fits any page). */
  forSite?: boolean;
}

/**
 * Example goals of the templates that fit the page at `url`: templates made for this site first,
 * then those that fit any page; a template without examples offers its title.
 */
export function templateSuggestions(templates: TemplateSummary[], url: string | null | undefined): GoalSuggestion[] {
  const fitting = templates.filter((t) => templateFits(t, url));
  const ranked = [...fitting.filter((t) => t.sites?.length), ...fitting.filter((t) => !t.sites?.length)];
  return ranked.flatMap((t) => (t.examples?.length ? t.examples : [t.title])
    .map((text, i): GoalSuggestion => ({ id: `t:${t.name}:${i}`, text, kind: 'template', forSite: Boolean(t.sites?.length) })));
}

function badge(item: GoalSuggestion): string {
  if (item.kind === 'recent') return 'Recent';
  return item.forSite ? 'Template for this site' : 'Template';
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
          <span class="badge">{badge(item)}</span> {item.text}
        </li>
      ))}
    </ul>
  );
}
