export default defineBackground(() => {
  // The extension wiring lands with the extension issue; the analyzer lives in lib/.
});
