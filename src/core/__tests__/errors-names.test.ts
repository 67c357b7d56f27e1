import * as errors from '../errors';
import { serializeError, deserializeError } from '../errors';

describe('error names survive minification', () => {
  it('every named error says its own name, whatever the bundler calls the class', () => {
    const samples = [
      new errors.ElementNotFound('x'), new errors.ElementNotInteractable('x'), new errors.TimeoutError('op', 5),
      new errors.NavigationError('x'), new errors.RestrictedPage('x'), new errors.PolicyDenied('x'),
      new errors.ProviderError('x'), new errors.PlanInvalid('x'), new errors.ContextInvalidated(), new errors.CancelledError(),
    ];
    expect(samples.map((e) => e.name)).toEqual([
      'ElementNotFound', 'ElementNotInteractable', 'TimeoutError', 'NavigationError', 'RestrictedPage', 'PolicyDenied',
      'ProviderError', 'PlanInvalid', 'ContextInvalidated', 'CancelledError',
    ]);
    for (const e of samples) expect(deserializeError(serializeError(e))).toBeInstanceOf(e.constructor);
  });
});
