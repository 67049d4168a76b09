// Workshop demo only (never shipped): makes the hand-written platform pages behave like the real
// ones — switches switch, radios select, Facebook's audience button opens a chooser — and keeps each
// control's state in this host's localStorage so it survives reloads, as a real account would.
(() => {
  const KEY = `jaga-demo:${location.pathname}${location.search}`;
  const state = JSON.parse(localStorage.getItem(KEY) ?? '{}');
  const save = () => localStorage.setItem(KEY, JSON.stringify(state));
  const visible = (el) => !el.closest('[aria-hidden="true"],[hidden],[aria-disabled="true"]');
  const CONTROL = '[role="switch"],[role="checkbox"],input[type="checkbox"],[role="radio"],input[type="radio"],[role="button"][aria-pressed],button[aria-pressed],[role="button"][aria-label^="Edit privacy"]';
  const controls = () => [...document.querySelectorAll(CONTROL)].filter(visible);
  const idOf = (el) => String(controls().indexOf(el));
  const FB_CHOICES = ['Public', 'Everyone', 'Friends of friends', 'Friends', 'Only me'];

  function setOn(el, on) {
    if (el instanceof HTMLInputElement) {
      el.checked = on;
      el.toggleAttribute('checked', on);
    }
    if (el.hasAttribute('aria-checked') || !(el instanceof HTMLInputElement)) el.setAttribute('aria-checked', String(on));
  }
  function setAudience(el, value) {
    const current = /Sharing with (.*)\.$/.exec(el.getAttribute('aria-label') ?? '')?.[1];
    el.setAttribute('aria-label', `Edit privacy. Sharing with ${value}.`);
    const span = [...el.querySelectorAll('span')].find((s) => s.textContent.trim() === current);
    if (span) span.textContent = value;
  }
  function pickRadio(el) {
    const group = el.closest('[role="radiogroup"]') ?? el.parentElement?.parentElement ?? document;
    for (const other of group.querySelectorAll('[role="radio"],input[type="radio"]')) setOn(other, other === el);
  }
  function apply(el, value) {
    if (el.hasAttribute('aria-pressed')) el.setAttribute('aria-pressed', String(value));
    else if (el.matches('[role="button"]')) setAudience(el, value);
    else if (el.matches('[role="radio"],input[type="radio"]')) { if (value) pickRadio(el); }
    else setOn(el, value);
  }
  function chooser(button) {
    document.querySelector('[data-demo-chooser]')?.remove();
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-label', 'Choose audience');
    dialog.setAttribute('data-demo-chooser', '');
    dialog.style.cssText = 'position:fixed;inset:auto 20% 20% 20%;background:#fff;border:1px solid #888;border-radius:8px;padding:12px;z-index:9;box-shadow:0 4px 16px #0004;font:15px system-ui';
    const title = document.createElement('p');
    title.textContent = 'Who should see your future posts?';
    dialog.append(title);
    for (const choice of FB_CHOICES) {
      const option = document.createElement('div');
      option.setAttribute('role', 'radio');
      option.tabIndex = 0;
      option.textContent = choice;
      option.style.cssText = 'padding:6px;cursor:pointer';
      option.addEventListener('click', () => {
        setAudience(button, choice);
        state[idOf(button)] = choice;
        save();
        dialog.remove();
      });
      dialog.append(option);
    }
    document.body.append(dialog);
  }

  for (const [id, value] of Object.entries(state)) {
    const el = controls()[Number(id)];
    if (el) apply(el, value);
  }

  document.addEventListener('click', (event) => {
    const el = event.target instanceof Element ? event.target.closest(CONTROL) : null;
    if (!el || !visible(el) || el.closest('[data-demo-chooser]')) return;
    if (el.hasAttribute('aria-pressed')) { const on = el.getAttribute('aria-pressed') !== 'true'; el.setAttribute('aria-pressed', String(on)); state[idOf(el)] = on; save(); return; }
    if (el.matches('[role="button"]')) return chooser(el);
    if (el instanceof HTMLInputElement) return; // native toggle; 'change' below records it
    if (el.matches('[role="radio"]')) { pickRadio(el); state[idOf(el)] = true; }
    else { const on = el.getAttribute('aria-checked') !== 'true'; setOn(el, on); state[idOf(el)] = on; }
    save();
  });
  document.addEventListener('change', (event) => {
    const el = event.target;
    if (!(el instanceof HTMLInputElement) || !visible(el)) return;
    if (el.type === 'radio') { pickRadio(el); state[idOf(el)] = true; }
    else { setOn(el, el.checked); state[idOf(el)] = el.checked; }
    save();
  });
})();
