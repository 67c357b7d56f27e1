import { goalAuthorizes, isHighRiskText, riskFamilies } from '../risky-actions';

describe('risky actions', () => {
  it('recognises high-risk wording', () => {
    expect(isHighRiskText('Click "Submit application"')).toBe(true);
    expect(isHighRiskText('Place order')).toBe(true);
    expect(isHighRiskText('Delete account')).toBe(true);
    expect(isHighRiskText('Type into the password field')).toBe(true);
    expect(isHighRiskText('Click "Add to cart"')).toBe(false);
    expect(riskFamilies('Buy now and delete')).toEqual(['purchase', 'delete']);
    // Everyday words that only look risky.
    for (const harmless of ['Type into Postcode', 'Click "Apply" (price filter)', 'Open the Books page', 'Sort order', 'Choose from the dropdown', 'Posted 2 days ago']) {
      expect(isHighRiskText(harmless), harmless).toBe(false);
    }
  });

  it('lets only the goal authorize a risky step', () => {
    expect(goalAuthorizes('fill this form and submit it', 'Click "Submit application"')).toBe(true);
    expect(goalAuthorizes('fill this form', 'Click "Submit application"')).toBe(false);
    expect(goalAuthorizes('extract the reviews', 'Click "Buy now"')).toBe(false);
    expect(goalAuthorizes('log in with username bob and password hunter2', 'Submit the form')).toBe(true);
    expect(goalAuthorizes('log in with username bob', 'Click "Delete account"')).toBe(false);
    expect(goalAuthorizes('buy the chair', 'Click "Place order" and pay')).toBe(true);
    expect(goalAuthorizes('submit the form', 'Buy now')).toBe(false);
    expect(goalAuthorizes('anything', 'Click "Next"')).toBe(true);
  });
});
