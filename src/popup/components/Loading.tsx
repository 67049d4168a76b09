/**
 * What the popup shows until the stored state and the parent's language are read (a few milliseconds):
 * the header and grey placeholder lines. Nothing in it may look like a screen (no first-run text, no
 * cards), so nothing wrong flashes before the real one. index.html holds the same markup, so it shows
 * even before the script has run. "Jaga" is the title in every language.
 */
export function Loading() {
  return (
    <>
      <header class="header">
        <h1>Jaga</h1>
        {/* Holds the language menu's place (hidden), so the header keeps its height when the menu comes. */}
        <span class="lang invisible" aria-hidden="true"><span>&nbsp;</span><select disabled tabIndex={-1} /></span>
      </header>
      <LoadingMain />
    </>
  );
}

/** The placeholder lines alone: also shown under the header while a platform's screen loads. */
export function LoadingMain() {
  return (
    <main class="loading" aria-busy="true">
      <span class="placeholder" />
      <span class="placeholder" />
      <span class="placeholder short" />
    </main>
  );
}
