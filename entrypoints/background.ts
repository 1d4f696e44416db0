export default defineBackground(() => {
  // Wiring lands with the extension issue; the analyzer lives in lib/.
});
