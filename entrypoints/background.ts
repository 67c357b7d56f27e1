export default defineBackground(() => {
  // Wired in src/browser/background.ts.
});
