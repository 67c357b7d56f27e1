import { startBackground } from '../src/browser/background';

export default defineBackground(() => {
  startBackground();
});
