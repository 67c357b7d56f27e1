// @vitest-environment happy-dom
import { render, screen, fireEvent, cleanup } from '@testing-library/preact';
import { GoalBox, matchSuggestions } from '../goal-box';
import type { GoalSuggestion } from '../goal-suggestions';

afterEach(cleanup);

const suggestions: GoalSuggestion[] = [
  { id: 't1', text: 'Compare prices of this product', kind: 'template' },
  { id: 'r1', text: 'Find USB-C cables under 10 €', kind: 'recent' },
];

function setup(props: Partial<Parameters<typeof GoalBox>[0]> = {}) {
  const runs: string[] = [];
  render(<GoalBox suggestions={suggestions} onRun={(g) => runs.push(g)} {...props} />);
  const box = screen.getByRole('textbox', { name: 'Goal' }) as HTMLTextAreaElement;
  const type = (text: string) => fireEvent.input(box, { target: { value: text } });
  return { runs, box, type };
}

describe('goal box', () => {
  it('offers the text selected on the page and adds it to the goal, quoted', () => {
    const { runs, box, type } = setup({ selection: 'Aeron chair' });
    expect(screen.getByText('Aeron chair').closest('p')?.textContent).toBe('Selected on the page: Aeron chair');
    type('Compare the price of ');
    fireEvent.click(screen.getByRole('button', { name: 'Add to goal' }));
    expect(box.value).toBe('Compare the price of "Aeron chair"');
    expect(document.activeElement).toBe(box);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(runs).toEqual(['Compare the price of "Aeron chair"']);
  });

  it('starts an empty goal with the selection, and shows nothing without one', () => {
    const { box } = setup({ selection: 'kettle' });
    fireEvent.click(screen.getByRole('button', { name: 'Add to goal' }));
    expect(box.value).toBe('"kettle"');
    cleanup();
    setup();
    expect(screen.queryByRole('button', { name: 'Add to goal' })).toBeNull();
  });

  it('runs the goal on Enter', () => {
    const { runs, box, type } = setup();
    type('  Find a blue kettle  ');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(runs).toEqual(['Find a blue kettle']);
  });

  it('adds a line on Shift+Enter instead of running', () => {
    const { runs, box, type } = setup();
    type('Find a kettle');
    fireEvent.keyDown(box, { key: 'Enter', shiftKey: true });
    expect(runs).toEqual([]);
  });

  it('runs from the Run button', () => {
    const { runs, type } = setup();
    type('Find a kettle');
    fireEvent.click(screen.getByRole('button', { name: 'Run' }));
    expect(runs).toEqual(['Find a kettle']);
  });

  it('asks for a goal instead of running an empty one', () => {
    const { runs, box } = setup();
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(runs).toEqual([]);
    expect(screen.getByRole('alert').textContent).toBe('Type a goal first.');
    expect(box.getAttribute('aria-invalid')).toBe('true');
  });

  it('shows suggestions on focus, filtered by what is typed', () => {
    const { box, type } = setup();
    fireEvent.focus(box);
    expect(screen.getAllByRole('option')).toHaveLength(2);
    type('usb');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Recent Find USB-C cables under 10 €']);
    type('nothing like this');
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('walks suggestions with the arrow keys and picks one with Enter without running', () => {
    const { runs, box } = setup();
    fireEvent.focus(box);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    const options = screen.getAllByRole('option');
    expect(options[1].getAttribute('aria-selected')).toBe('true');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1].id);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(box.value).toBe('Find USB-C cables under 10 €');
    expect(runs).toEqual([]);
    expect(screen.queryByRole('listbox')).toBeNull();
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(runs).toEqual(['Find USB-C cables under 10 €']);
  });

  it('wraps around with ArrowUp and closes on Escape', () => {
    const { box } = setup();
    fireEvent.focus(box);
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    expect(screen.getAllByRole('option')[1].getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('picks a suggestion with the mouse', () => {
    const { box } = setup();
    fireEvent.focus(box);
    fireEvent.click(screen.getAllByRole('option')[0]);
    expect(box.value).toBe('Compare prices of this product');
  });

  it('disables Run and says why on a page Errand cannot act on', () => {
    const { runs, box, type } = setup({ blockedReason: 'Errand cannot act on browser pages.' });
    type('Find a kettle');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(runs).toEqual([]);
    expect((screen.getByRole('button', { name: 'Run' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Errand cannot act on browser pages.')).toBeTruthy();
  });

  it('does not suggest exactly what is already typed', () => {
    expect(matchSuggestions(suggestions, 'compare prices of this product')).toEqual([]);
  });
});
